import { defineConfig } from '@playwright/test';
import type { ProfileOptions } from './e2e/fixtures';
import { CHROMIUM } from './e2e/browser';
import { E2E_PORTS, type E2eProfile } from './e2e/ports';

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
    launchOptions: CHROMIUM,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'production-build',
      testIgnore: /(dev-mock|profiles|oidc)\.spec\.ts|remote\//,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.preview}` },
    },
    {
      name: 'dev-mock',
      testMatch: /dev-mock\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.dev}` },
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
      // `npm run build:e2e` made dist-e2e; `npm test` runs it before this.
      command: `npx vite preview --outDir dist-e2e --port ${E2E_PORTS.preview}`,
      url: `http://127.0.0.1:${E2E_PORTS.preview}`,
      // The preview's Content-Security-Policy allows requests to this API origin only.
      env: { VITE_API_BASE_URL: MOCK_URL },
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
      // `npm run build:e2e:oidc` made dist-e2e-oidc; its CSP allows the provider's origin.
      command: `npx vite preview --outDir dist-e2e-oidc --port ${E2E_PORTS.oidcPreview}`,
      url: `http://127.0.0.1:${E2E_PORTS.oidcPreview}`,
      env: { VITE_API_BASE_URL: MOCK_URL, VITE_AUTH_MODE: 'oidc', VITE_OIDC_ISSUER: OIDC_ISSUER },
      reuseExistingServer: false,
    },
    // `npm run build:e2e:profiles` made dist-e2e-<profile>.
    ...PROFILES.map((profile) => ({
      command: `npx vite preview --outDir dist-e2e-${profile} --port ${E2E_PORTS.profiles[profile]}`,
      url: `http://127.0.0.1:${E2E_PORTS.profiles[profile]}`,
      env: { VITE_API_BASE_URL: MOCK_URL },
      reuseExistingServer: false,
    })),
  ],
});
