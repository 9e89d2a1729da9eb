import type { Browser, Page } from '@playwright/test';

/** Slugs and org names the measurements drive through (from the mock backend's seed). */
export const ORGS = {
  acme: 'Acme Corporation',
  globex: 'Globex',
  large: 'Órbita Labs',
  start: 'Ærø Fisheries',
};

type Session = { browser: Browser; baseUrl: string; token: string; cpu: number };

/** A signed-in page in a fresh context, CPU-throttled by `cpu` (DevTools), with Event Timing recorded. */
export async function openPage(
  { browser, baseUrl, token, cpu }: Session,
  path: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((credential) => {
    localStorage.setItem('org-console.credential', credential);
    const events: { name: string; start: number; duration: number }[] = [];
    (window as unknown as { benchEvents: typeof events }).benchEvents = events;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
    // Watched from the start: a paint entry read later is sometimes already gone in headless runs.
    new PerformanceObserver((list) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp) (window as unknown as { benchFcp?: number }).benchFcp = fcp.startTime;
    }).observe({ type: 'paint', buffered: true });
  }, token);
  const page = await context.newPage();
  if (cpu > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** Waits until the app has shown `slug` (after a cold load). */
export const markAfterShown = (page: Page, slug: string) =>
  markAfter(page, 'org-console:org-shown', slug, 0);

/** Waits for a mark the app sets after paint (src/lib/performance-marks.ts), later than `after`. */
function markAfter(page: Page, name: string, slug: string, after: number): Promise<number> {
  return (
    page
      .waitForFunction(
        ([n, s, t]) =>
          performance
            .getEntriesByName(n as string)
            .find((e) => (e as PerformanceMark).detail === s && e.startTime > (t as number))
            ?.startTime,
        [name, slug, after] as const,
        { polling: 'raf', timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      // A run that never showed it counts as missing (the table's run count says so), not a crash.
      .catch(() => NaN)
  );
}

/** Arms a listener: the time of the next `type` event (capture phase), as `window.benchStart`. */
async function armStart(page: Page, type: 'pointerdown' | 'keydown') {
  await page.evaluate((t) => {
    const w = window as unknown as { benchStart?: number };
    w.benchStart = undefined;
    addEventListener(t, () => (w.benchStart = performance.now()), { once: true, capture: true });
  }, type);
}
const started = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { benchStart?: number }).benchStart)
    .then((h) => h.jsonValue() as Promise<number>);

/** Navigation start to the active org shown, FCP and LCP of a cold load. */
export async function coldLoad(session: Session) {
  const page = await openPage(session, '/o/acme');
  const shown = await markAfter(page, 'org-console:org-shown', 'acme', 0);
  const paints = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        const fcp = (window as unknown as { benchFcp?: number }).benchFcp ?? NaN;
        new PerformanceObserver((list) =>
          resolve({ fcp, lcp: list.getEntries().at(-1)?.startTime ?? NaN }),
        ).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ fcp, lcp: NaN }), 2000);
      }),
  );
  await page.context().close();
  return { shown, ...paints };
}

/** Click on another org to its menu painted, and the click's input-to-next-paint (Event Timing). */
export async function switchTo(page: Page, slug: keyof typeof ORGS) {
  await page.getByRole('button', { name: /^Switch organization/ }).click();
  const option = page.getByRole('option', { name: new RegExp(`^${ORGS[slug]}`) });
  await option.waitFor();
  await armStart(page, 'pointerdown');
  await option.click();
  const start = await started(page);
  const painted = await markAfter(page, 'org-console:menu-painted', realSlug(slug), start);
  const inp = await page.evaluate((t0) => {
    const events = (
      window as unknown as { benchEvents: { name: string; start: number; duration: number }[] }
    ).benchEvents;
    const own = events.filter(
      (e) => e.start >= t0 - 1 && ['pointerdown', 'pointerup', 'click'].includes(e.name),
    );
    // Event Timing reports only events of 16 ms or more: none means "at most 16 ms".
    return own.length ? Math.max(...own.map((e) => e.duration)) : 16;
  }, start);
  return { toMenu: painted - start, inp };
}

export function realSlug(slug: keyof typeof ORGS): string {
  return { acme: 'acme', globex: 'globex', large: 'branch-002', start: 'branch-001' }[slug];
}

/** With 300 orgs: click to the open list painted, and a keystroke in the search box to the filtered list painted. */
export async function switcherWith300(page: Page) {
  await armStart(page, 'pointerdown');
  await page.getByRole('button', { name: /^Switch organization/ }).click();
  const start = await started(page);
  const open = await page
    .waitForFunction(
      (t0) => (document.querySelectorAll('[role=option]').length ? performance.now() - t0 : 0),
      start,
      { polling: 'raf' },
    )
    .then((h) => h.jsonValue());
  await armStart(page, 'keydown');
  await page.keyboard.press('z');
  const keyStart = await started(page);
  const filtered = await page
    .waitForFunction(
      (t0) =>
        document.querySelectorAll('[role=option]').length < 300 ? performance.now() - t0 : 0,
      keyStart,
      { polling: 'raf' },
    )
    .then((h) => h.jsonValue());
  await page.keyboard.press('Escape');
  return { open, filtered };
}

/** Opening the settings page to the form's values shown, and a keystroke in it to paint. */
export async function settingsForm(session: Session) {
  const page = await openPage(session, '/o/acme');
  await markAfter(page, 'org-console:org-shown', 'acme', 0);
  await armStart(page, 'pointerdown');
  await page.getByRole('link', { name: 'Organization settings' }).click();
  const start = await started(page);
  const shown = await page
    .waitForFunction(
      (t0) => {
        const input = document.querySelector<HTMLInputElement>('input[name="name"], #org-name');
        const name = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Name');
        const field = input ?? (name?.control as HTMLInputElement | null);
        return field?.value ? performance.now() - t0 : 0;
      },
      start,
      { polling: 'raf' },
    )
    .then((h) => h.jsonValue());
  const city = page.getByLabel('City');
  await city.focus();
  await armStart(page, 'keydown');
  const before = await city.inputValue();
  await page.keyboard.press('x');
  const keyStart = await started(page);
  const typed = await page
    .waitForFunction(
      ([t0, was]) => {
        const field = [...document.querySelectorAll('label')].find((l) => l.textContent === 'City')
          ?.control as HTMLInputElement | null;
        return field && field.value !== was ? performance.now() - (t0 as number) : 0;
      },
      [keyStart, before] as const,
      { polling: 'raf' },
    )
    .then((h) => h.jsonValue());
  await page.context().close();
  return { shown, typed };
}

/** JS heap (after a forced GC) after the first switch and after 50. */
export async function heapAfterSwitches(session: Session) {
  const page = await openPage(session, '/o/acme');
  await markAfter(page, 'org-console:org-shown', 'acme', 0);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await switchTo(page, 'globex');
  const first = await heap();
  for (let i = 1; i < 50; i += 1) await switchTo(page, i % 2 ? 'acme' : 'globex');
  const last = await heap();
  await page.context().close();
  return { first, last };
}
