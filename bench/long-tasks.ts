// npm run bench:long-tasks [-- DIST]: the longest main-thread task in each step of Harriet Huge's
// session (1,000 orgs, a 5,000-entry menu): signing in, switching, expanding a category, opening
// the switcher; at 1× and 4× CPU, 3 runs each. DIST is a build made by `npm run build:e2e`
// (default dist-e2e), whose API is the mock server this script starts on E2E_MOCK_PORT.
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { createMockBackend } from '../src/mocks/backend';
import { createMockHttpServer } from '../src/mocks/http-server';

const dist = process.argv[2] ?? 'dist-e2e';
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4010);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 4679);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const backend = createMockBackend({ latencyMs: 0 });
const api = createMockHttpServer(backend).listen(MOCK_PORT, '127.0.0.1');
const web = await preview({
  build: { outDir: dist },
  preview: { port: WEB_PORT, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** Runs `step` and returns the longest task (ms) the page reported meanwhile, 0 if none. */
async function longestTask(page: Page, step: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { tasks: number[]; observer?: PerformanceObserver };
    w.tasks = [];
    w.observer?.disconnect();
    w.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.tasks.push(entry.duration);
    });
    w.observer.observe({ type: 'longtask' });
  });
  try {
    await step();
  } catch {
    return Number.POSITIVE_INFINITY; // the step did not finish within the wait: reported as such
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => Math.max(0, ...(window as unknown as { tasks: number[] }).tasks));
}

const results: Record<string, number[]> = {};
const note = (name: string, value: number) => (results[name] ??= []).push(Math.round(value));
const show = (value: number | undefined) =>
  value === Number.POSITIVE_INFINITY ? '>60000' : String(value);

try {
  for (const cpu of [1, 4]) {
    for (let run = 0; run < RUNS; run += 1) {
      backend.db.reset();
      const page = await browser.newPage({ baseURL: `http://127.0.0.1:${WEB_PORT}` });
      page.setDefaultTimeout(60_000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const main = page.getByRole('navigation', { name: 'Main' });
      const switcher = page.getByRole('button', { name: /^Switch organization/ });

      await page.goto('/sign-in');
      await page.getByLabel('API token').fill('mock-harriet-token');
      note(
        `sign in, ${cpu}×`,
        await longestTask(page, async () => {
          await page.getByRole('button', { name: 'Sign in', exact: true }).click();
          await main.getByRole('button', { name: 'Group 3', exact: true }).waitFor();
        }),
      );
      note(
        `open the switcher, ${cpu}×`,
        await longestTask(page, async () => {
          await switcher.click();
          await page.getByRole('option').nth(999).waitFor({ state: 'attached' });
        }),
      );
      await page.getByLabel('Search organizations').fill('Hostile org 0007');
      note(
        `switch, ${cpu}×`,
        await longestTask(page, async () => {
          await page.keyboard.press('Enter');
          await page.waitForURL(/huge-0007/);
          await main.getByRole('button', { name: 'Group 3', exact: true }).waitFor();
        }),
      );
      note(
        `expand a category, ${cpu}×`,
        await longestTask(page, async () => {
          const group = main.getByRole('button', { name: 'Group 5', exact: true });
          await group.click();
          await page.waitForFunction(
            () =>
              [...document.querySelectorAll('button')].find((b) => b.textContent === 'Group 5')
                ?.ariaExpanded === 'true',
          );
        }),
      );
      await page.close();
    }
  }
  console.log(`Longest main-thread task per step (ms), ${RUNS} runs (min / median / max):`);
  for (const [name, values] of Object.entries(results)) {
    const sorted = [...values].sort((a, b) => a - b);
    const [min, median, max] = [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted.at(-1)];
    console.log(`  ${name}: ${show(min)} / ${show(median)} / ${show(max)}`);
  }
} finally {
  await browser.close();
  web.httpServer.close();
  api.close();
}
