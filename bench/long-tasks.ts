// npm run bench:long-tasks [-- DIST]: the longest main-thread task in each step of Harriet Huge's
// session (1,000 orgs, a 5,000-entry menu): signing in, opening the switcher, switching,
// expanding a category; at 1× and 4× CPU, 3 runs each (BENCH_RUNS). DIST is a build made by
// `npm run build:e2e` (default dist-e2e), whose API is the mock server this script starts on
// E2E_MOCK_PORT.
//
// Only the page's own work is measured: inside a step the script clicks and types through the
// browser's input (CDP), found before the step starts, and waits on cheap DOM checks and the
// app's marks. Playwright's role selectors compute accessible names in the page's main thread,
// and over 1,000 options they are long tasks of their own.
import { chromium, type Page } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { preview } from 'vite';
import { CHROMIUM } from '../e2e/browser';
import { serverPort } from '../scripts/lib/ports';
import { createMockBackend } from '../src/mocks/backend';
import { createMockHttpServer } from '../src/mocks/http-server';

const dist = process.argv[2] ?? 'dist-e2e';
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4010);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const loads = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
const loadAtStart = loads();

const backend = createMockBackend({ latencyMs: 0 });
const api = createMockHttpServer(backend)
  .once('error', () => {
    console.error(
      `bench:long-tasks mock HTTP server: port ${String(MOCK_PORT)} on 127.0.0.1 is already in use. ` +
        'The build calls this port: stop what holds it, or set E2E_MOCK_PORT and run npm run build:e2e again.',
    );
    process.exit(1);
  })
  .listen(MOCK_PORT, '127.0.0.1');
// A free port unless BENCH_WEB_PORT says; a taken one fails naming the server.
const WEB_PORT = await serverPort('bench:long-tasks vite preview', 'BENCH_WEB_PORT');
const web = await preview({
  build: { outDir: dist },
  preview: { port: WEB_PORT, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch(CHROMIUM);

type Step = { longest: number; count: number; cpu: number };

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
};

/**
 * The longest main-thread task's CPU time (ms) in a trace: what its wall time would be on an
 * otherwise idle machine (the CPU throttle spins, so it counts), while other processes on a
 * busy one stretch the wall time the Long Tasks API reports.
 */
function longestCpu(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const main = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = traceEvents.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`),
  );
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
}

/**
 * Runs `step`, then waits until the page is idle (work deferred to later tasks counts too), and
 * returns the longest task (ms, 0 if none) and the number of long tasks the page reported, and
 * the longest task's CPU time from a trace of the same time.
 */
async function longTasks(page: Page, step: () => Promise<unknown>): Promise<Step> {
  await page.evaluate(() => {
    const w = window as unknown as { tasks: number[]; observer?: PerformanceObserver };
    w.tasks = [];
    w.observer?.disconnect();
    w.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.tasks.push(entry.duration);
    });
    w.observer.observe({ type: 'longtask' });
  });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  try {
    await step();
  } catch {
    await browser.stopTracing();
    // The step did not finish within the wait: reported as such.
    const never = Number.POSITIVE_INFINITY;
    return { longest: never, count: never, cpu: never };
  }
  await idle(page);
  await page.waitForTimeout(300);
  const cpu = longestCpu(await browser.stopTracing());
  const reported = await page.evaluate(() => {
    const { tasks } = window as unknown as { tasks: number[] };
    return { longest: Math.max(0, ...tasks), count: tasks.length };
  });
  return { ...reported, cpu };
}

const idle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));

/** The centre of an element, found (by Playwright, outside any step) before the step starts. */
async function centre(locator: ReturnType<Page['locator']>) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits for the app's after-paint mark (src/lib/performance-marks.ts) for `slug`. */
const menuPainted = (page: Page, slug: string) =>
  page.waitForFunction(
    (s) =>
      performance
        .getEntriesByName('org-console:menu-painted')
        .some((e) => (e as PerformanceMark).detail === s),
    slug,
    { polling: 'raf' },
  );

const results: Record<string, Step[]> = {};
const note = (name: string, value: Step) => (results[name] ??= []).push(value);

try {
  for (const cpu of [1, 4]) {
    for (let run = 0; run < RUNS; run += 1) {
      backend.db.reset();
      const page = await browser.newPage({
        baseURL: `http://127.0.0.1:${WEB_PORT}`,
        viewport: { width: 1280, height: 800 },
      });
      page.setDefaultTimeout(60_000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const main = page.getByRole('navigation', { name: 'Main' });

      await page.goto('/sign-in');
      await page.getByLabel('API token').fill('mock-harriet-token');
      const signIn = await centre(page.getByRole('button', { name: 'Sign in', exact: true }));
      note(
        `sign in, ${cpu}×`,
        await longTasks(page, async () => {
          await page.mouse.click(signIn.x, signIn.y);
          await menuPainted(page, 'huge-0000');
        }),
      );
      await idle(page);

      const switcher = await centre(page.getByRole('button', { name: /^Switch organ/ }));
      note(
        `open the switcher, ${cpu}×`,
        await longTasks(page, async () => {
          await page.mouse.click(switcher.x, switcher.y);
          await page.waitForFunction(
            () => document.querySelectorAll('[role=option]').length >= 1000,
            undefined,
            { polling: 'raf' },
          );
        }),
      );
      await page.getByLabel('Search organizations').fill('Hostile org 0007');
      await page.getByRole('option', { name: /^Hostile org 0007/ }).waitFor();
      await idle(page);
      note(
        `switch, ${cpu}×`,
        await longTasks(page, async () => {
          await page.keyboard.press('Enter');
          await menuPainted(page, 'huge-0007');
        }),
      );
      await idle(page);

      const group = await centre(main.getByRole('button', { name: 'Group 5', exact: true }));
      note(
        `expand a category, ${cpu}×`,
        await longTasks(page, async () => {
          await page.mouse.click(group.x, group.y);
          await page.waitForFunction(
            () =>
              [...document.querySelectorAll('nav[aria-label="Main"] a')].some(
                (a) => a.textContent === 'Entry 5.1',
              ),
            undefined,
            { polling: 'raf' },
          );
        }),
      );
      await page.close();
    }
  }
  const show = (value: number | undefined) =>
    value === Number.POSITIVE_INFINITY ? 'did not finish' : String(Math.round(value ?? NaN));
  console.log(
    `${cpus().length} cores; load average (1, 5, 15 min) ${loadAtStart} at the start, ` +
      `${loads()} at the end: a busy machine stretches wall times, not CPU times.`,
  );
  console.log(`Longest main-thread task per step (ms), ${RUNS} runs: min / median / max;`);
  console.log(
    'the long tasks reported (median); CPU time of the longest task (min / median / max)',
  );
  const sorted = (steps: Step[], pick: (step: Step) => number) =>
    steps.map(pick).sort((a, b) => a - b);
  const range = (list: number[]) =>
    `${show(list[0])} / ${show(list[Math.floor(list.length / 2)])} / ${show(list.at(-1))}`;
  for (const [name, steps] of Object.entries(results)) {
    const counts = sorted(steps, (s) => s.count);
    console.log(
      `  ${name}: ${range(sorted(steps, (s) => s.longest))}` +
        `  (${show(counts[Math.floor(counts.length / 2)])} long tasks;` +
        ` CPU ${range(sorted(steps, (s) => s.cpu))})`,
    );
  }
} finally {
  await browser.close();
  web.httpServer.close();
  api.close();
}
