import { defineConfig } from '@playwright/test';
import type { ProfileOptions } from './e2e/fixtures';
import { E2E_PORTS, type E2eProfile } from './e2e/ports';

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Without these, Chromium keeps dialling out on this machine's closed network.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const PROFILES = Object.keys(E2E_PORTS.profiles) as E2eProfile[];
const MOCK_URL = `http://127.0.0.1:${E2E_PORTS.mock}`;
const OIDC_ISSUER = `http://127.0.0.1:${E2E_PORTS.oidcProvider}`;

export default defineConfig<ProfileOptions>({
  testDir: 'e2e',
  // One mock backend serves every test, and tests change its state: run them one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'production-build',
      testIgnore: /(dev-mock|profiles|demo-build|nginx|oidc)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.preview}` },
    },
    {
      name: 'dev-mock',
      testMatch: /dev-mock\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.dev}` },
    },
    {
      name: 'demo-build',
      testMatch: /demo-build\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.demo}` },
    },
    {
      name: 'nginx',
      testMatch: /nginx\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.nginx}` },
    },
    {
      name: 'oidc',
      testMatch: /oidc\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.oidcPreview}` },
    },
    ...PROFILES.map((profile) => ({
      name: `profile-${profile}`,
      testMatch: /profiles\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.profiles[profile]}`, apiProfile: profile },
    })),
  ],
  webServer: [
    {
      command: 'npm run mock:server',
      url: `${MOCK_URL}/v2/user/active-org`,
      // Accepts the test provider's access tokens beside the personas' tokens.
      env: {
        MOCK_PORT: String(E2E_PORTS.mock),
        MOCK_LATENCY_MS: '0',
        MOCK_OIDC_ISSUER: OIDC_ISSUER,
      },
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // `npm run build:e2e` made dist-e2e (and the other dist-*); `npm test` runs it before this.
      // Each preview's Content-Security-Policy comes from the config.json it serves.
      command: `npx vite preview --outDir dist-e2e --port ${E2E_PORTS.preview}`,
      url: `http://127.0.0.1:${E2E_PORTS.preview}`,
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --outDir dist-demo --port ${E2E_PORTS.demo}`,
      url: `http://127.0.0.1:${E2E_PORTS.demo}`,
      reuseExistingServer: false,
    },
    {
      // A real nginx with deploy/'s server block (scripts/ensure-nginx.sh finds or installs it).
      command: 'bash deploy/serve.sh dist-e2e-nginx',
      url: `http://127.0.0.1:${E2E_PORTS.nginx}`,
      env: { PORT: String(E2E_PORTS.nginx) },
      reuseExistingServer: false,
    },
    {
      command: `npx vite --port ${E2E_PORTS.dev}`,
      url: `http://127.0.0.1:${E2E_PORTS.dev}`,
      env: { VITE_API_MOCKING: 'on', VITE_MOCK_LATENCY_MS: '0' },
      reuseExistingServer: false,
    },
    {
      command: 'npm run oidc:provider',
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: {
        OIDC_PORT: String(E2E_PORTS.oidcProvider),
        OIDC_APP_ORIGINS: `http://127.0.0.1:${E2E_PORTS.oidcPreview}`,
      },
      reuseExistingServer: false,
    },
    {
      // dist-e2e-oidc: the same build, its config.json picks OIDC sign-in with the test provider.
      command: `npx vite preview --outDir dist-e2e-oidc --port ${E2E_PORTS.oidcPreview}`,
      url: `http://127.0.0.1:${E2E_PORTS.oidcPreview}`,
      reuseExistingServer: false,
    },
    // dist-e2e-<profile>: the same build, its config.json names the profile.
    ...PROFILES.map((profile) => ({
      command: `npx vite preview --outDir dist-e2e-${profile} --port ${E2E_PORTS.profiles[profile]}`,
      url: `http://127.0.0.1:${E2E_PORTS.profiles[profile]}`,
      reuseExistingServer: false,
    })),
  ],
});
