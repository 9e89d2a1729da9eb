import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './e2e/browser';
import { E2E_PORTS } from './e2e/ports';

// `npm run test:e2e:remote` (scripts/e2e-remote.sh): the console configured for E2E_API_BASE_URL,
// against that backend. No mock server, no control endpoints.
export default defineConfig({
  testDir: 'e2e/remote',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // CI runs it twice (two users) and keeps both reports.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_REMOTE_REPORT ?? 'reports/e2e-remote.json' }],
  ],
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM,
    baseURL: `http://127.0.0.1:${E2E_PORTS.remote}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --outDir dist-e2e-remote --port ${E2E_PORTS.remote} --strictPort`,
    url: `http://127.0.0.1:${E2E_PORTS.remote}`,
    // Its Content-Security-Policy allows requests to the API origin of its config.json only.
    reuseExistingServer: false,
  },
});
