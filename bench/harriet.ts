// Harriet Huge (1,000 hostile orgs, a 5,000-entry menu): the long tasks of each step she takes.
// One implementation for `npm run bench` and `npm run bench:long-tasks` (issue 14: no task over
// 100 ms at 1× CPU, 200 ms at 4×).
//
// Only the page's own work is measured: inside a step the script clicks and types through the
// browser's input at points found before the step, and waits on cheap DOM checks and the app's
// marks. Playwright's role selectors compute accessible names in the page's main thread, and over
// 1,000 options they are long tasks of their own.
import type { Browser, Page } from '@playwright/test';
import { centre, idle } from './measures';

export const HARRIET_TOKEN = 'mock-harriet-token';

export const HARRIET_STEPS = [
  'sign in',
  'open the switcher',
  'type in search',
  'switch',
  'expand a category',
] as const;
export type HarrietStep = (typeof HARRIET_STEPS)[number];

export type Step = {
  /** The longest task the Long Tasks API reported (0: none over 50 ms). */
  longest: number;
  count: number;
  /** Time beyond 50 ms of each long task, summed. */
  blocking: number;
  /** The longest main-thread task's CPU time, from a trace of the same time. */
  cpu: number;
};

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
export function longestCpu(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
  const main = new Set(
    traceEvents
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${String(e.pid)}:${String(e.tid)}`),
  );
  const tasks = traceEvents.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${String(e.pid)}:${String(e.tid)}`),
  );
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
}

/**
 * Runs `step`, then waits until the page is idle (work deferred to later tasks counts too), and
 * returns the long tasks the page reported and the longest task's CPU time.
 */
async function measure(browser: Browser, page: Page, step: () => Promise<unknown>): Promise<Step> {
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
  } finally {
    await idle(page).catch(() => undefined);
    await page.waitForTimeout(300);
  }
  const cpu = longestCpu(await browser.stopTracing());
  const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
  return {
    longest: Math.max(0, ...tasks),
    count: tasks.length,
    blocking: tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0),
    cpu,
  };
}

/** Waits for the app's after-paint mark (src/lib/performance-marks.ts) of a menu other than `not`'s. */
const menuPainted = (page: Page, not: string | null) =>
  page.waitForFunction(
    (n) =>
      performance
        .getEntriesByName('org-console:menu-painted')
        .some((e) => (e as PerformanceMark).detail !== n),
    not,
    { polling: 'raf' },
  );

const lastMenu = (page: Page) =>
  page.evaluate(() =>
    String(
      (performance.getEntriesByName('org-console:menu-painted').at(-1) as PerformanceMark).detail,
    ),
  );

const options = (page: Page, atLeast: number) =>
  page.waitForFunction((n) => document.querySelectorAll('[role=option]').length >= n, atLeast, {
    polling: 'raf',
  });

/**
 * One session of Harriet's at `cpu`× CPU in a fresh context: signs in with the form, opens the
 * switcher until all 1,000 options are listed, types in its search, switches by clicking an org
 * in the whole list, and expands a category of the new org's menu. A step that fails (or
 * outlasts the 60 s limit) ends the session: the steps after it are missing.
 */
export async function harrietSession(
  browser: Browser,
  baseUrl: string,
  cpu: number,
): Promise<Partial<Record<HarrietStep, Step>>> {
  const steps: Partial<Record<HarrietStep, Step>> = {};
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const switcher = page.getByRole('button', { name: /^Switch organization/ });
  try {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('API token').fill(HARRIET_TOKEN);
    const signIn = await centre(page.getByRole('button', { name: 'Sign in', exact: true }));
    steps['sign in'] = await measure(browser, page, async () => {
      await page.mouse.click(signIn.x, signIn.y);
      await menuPainted(page, null);
    });

    const button = await centre(switcher);
    steps['open the switcher'] = await measure(browser, page, async () => {
      await page.mouse.click(button.x, button.y);
      await options(page, 1000);
    });

    steps['type in search'] = await measure(browser, page, async () => {
      await page.keyboard.press('1');
      await page.waitForFunction(() => document.querySelectorAll('[role=option]').length < 1000);
    });
    await page.keyboard.press('Escape');

    // The switch: a click on the second org of the whole list, so closing it removes all 1,000.
    const from = await lastMenu(page);
    await switcher.click();
    await options(page, 1000);
    const option = await centre(page.getByRole('option').nth(1));
    await idle(page);
    steps.switch = await measure(browser, page, async () => {
      await page.mouse.click(option.x, option.y);
      await menuPainted(page, from);
    });

    const group = await centre(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Group 5', exact: true }),
    );
    steps['expand a category'] = await measure(browser, page, async () => {
      await page.mouse.click(group.x, group.y);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('nav[aria-label="Main"] a')].some((a) =>
          a.textContent.startsWith('Entry 5.'),
        ),
      );
    });
  } catch (error) {
    console.log(`  Harriet Huge: a step did not finish (${String(error).split('\n')[0] ?? ''})`);
  } finally {
    await context.close();
  }
  return steps;
}
