import { defineConfig } from '@playwright/test';
import type { ProfileOptions } from './e2e/fixtures';
import { CHROMIUM } from './e2e/browser';
import { E2E_PORTS, type E2eProfile } from './e2e/ports';

const PROFILES = Object.keys(E2E_PORTS.profiles) as E2eProfile[];

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
      testIgnore: /(dev-mock|profiles)\.spec\.ts|remote\//,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.preview}` },
    },
    {
      name: 'dev-mock',
      testMatch: /dev-mock\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.dev}` },
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
      url: `http://127.0.0.1:${E2E_PORTS.mock}/v2/user/active-org`,
      env: { MOCK_PORT: String(E2E_PORTS.mock), MOCK_LATENCY_MS: '0' },
      ignoreHTTPSErrors: true,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // `npm run build:e2e` made dist-e2e; `npm test` runs it before this.
      command: `npx vite preview --outDir dist-e2e --port ${E2E_PORTS.preview}`,
      url: `http://127.0.0.1:${E2E_PORTS.preview}`,
      // The preview's Content-Security-Policy allows requests to this API origin only.
      env: { VITE_API_BASE_URL: `http://127.0.0.1:${E2E_PORTS.mock}` },
      reuseExistingServer: false,
    },
    {
      command: `npx vite --port ${E2E_PORTS.dev}`,
      url: `http://127.0.0.1:${E2E_PORTS.dev}`,
      env: { VITE_API_MOCKING: 'on', VITE_MOCK_LATENCY_MS: '0' },
      reuseExistingServer: false,
    },
    // `npm run build:e2e:profiles` made dist-e2e-<profile>.
    ...PROFILES.map((profile) => ({
      command: `npx vite preview --outDir dist-e2e-${profile} --port ${E2E_PORTS.profiles[profile]}`,
      url: `http://127.0.0.1:${E2E_PORTS.profiles[profile]}`,
      env: { VITE_API_BASE_URL: `http://127.0.0.1:${E2E_PORTS.mock}` },
      reuseExistingServer: false,
    })),
  ],
});
