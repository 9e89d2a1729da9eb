import type { Browser, Page } from '@playwright/test';

/** Slugs and org names the measurements drive through (from the mock backend's seed). */
export const ORGS = {
  acme: { slug: 'acme', name: 'Acme Corporation' },
  globex: { slug: 'globex', name: 'Globex' },
  large: { slug: 'branch-002', name: 'Órbita Labs' },
  start: { slug: 'branch-001', name: 'Ærø Fisheries' },
};
type OrgKey = keyof typeof ORGS;

export type Session = { browser: Browser; baseUrl: string; token: string; cpu: number };

type Bench = {
  start?: number;
  events: { name: string; start: number; duration: number; interactionId: number }[];
  fcp?: number;
};

/**
 * In the page before any script: Event Timing and FCP are observed from the start.
 * Runs under the production CSP, so it holds no eval: the conditions are named, not passed in.
 */
function instrument(credential: string) {
  // tsx (esbuild, keepNames) wraps named functions in the code we evaluate in __name(…).
  (window as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  if (credential) localStorage.setItem('org-console.credential', credential);
  const bench: Bench = { events: [] };
  (window as unknown as { bench: Bench }).bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      bench.events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        interactionId: e.interactionId,
      });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (fcp) bench.fcp = fcp.startTime;
  }).observe({ type: 'paint', buffered: true });
}

/** A page in a fresh context (signed in when `token` is set), CPU-throttled by `cpu`. */
export async function openPage({ browser, baseUrl, token, cpu }: Session, path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument, token);
  const page = await context.newPage();
  if (cpu > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  await page.goto(`${baseUrl}${path}`);
  return page;
}

/** Waits for a mark the app sets after paint (src/lib/performance-marks.ts), later than `after`. */
export function markAfter(page: Page, name: string, slug: string, after = 0): Promise<number> {
  return (
    page
      .waitForFunction(
        ([n, s, t]) =>
          performance
            .getEntriesByName(n)
            .find((e) => (e as PerformanceMark).detail === s && e.startTime > t)?.startTime,
        [name, slug, after] as const,
        { polling: 'raf', timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      // A run that never showed it counts as missing (the table's run count says so), not a crash.
      .catch(() => NaN)
  );
}

/** Records the next `type` event's own timeStamp (input delay included) as `bench.start`. */
async function armStart(page: Page, type: 'pointerdown' | 'keydown') {
  await page.evaluate((t) => {
    const bench = (window as unknown as { bench: Bench }).bench;
    delete bench.start;
    addEventListener(t, (event) => (bench.start = event.timeStamp), { once: true, capture: true });
  }, type);
}
const started = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { bench: Bench }).bench.start)
    .then((h) => h.jsonValue() as Promise<number>);

type Condition =
  | { kind: 'options'; atLeast: number }
  | { kind: 'options-below'; count: number }
  | { kind: 'field'; label: string; not: string };

/**
 * The time after the first frame is painted in which `condition` holds: checked in
 * requestAnimationFrame (before that frame's style, layout and paint), then a message posted
 * from there runs after the frame is painted.
 */
export function afterPaintWhen(page: Page, condition: Condition): Promise<number> {
  return page
    .evaluate(
      (c) =>
        new Promise<number>((resolve) => {
          const holds = () => {
            const options = document.querySelectorAll('[role=option]').length;
            if (c.kind === 'options') return options >= c.atLeast;
            if (c.kind === 'options-below') return options > 0 && options < c.count;
            const label = [...document.querySelectorAll('label')].find(
              (l) => l.textContent === c.label,
            );
            const value = (label?.control as HTMLInputElement | null)?.value;
            return value !== undefined && value !== '' && value !== c.not;
          };
          const give = setTimeout(() => resolve(NaN), 20_000);
          const frame = () => {
            if (!holds()) return requestAnimationFrame(frame);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              clearTimeout(give);
              resolve(performance.now());
            };
            channel.port2.postMessage(null);
          };
          requestAnimationFrame(frame);
        }),
      condition,
    )
    .catch(() => NaN);
}

/** The interaction's input-to-next-paint from Event Timing: its longest event, ≤16 when none. */
function interactionToNextPaint(page: Page, since: number): Promise<number> {
  return page.evaluate(async (t0) => {
    // Event Timing entries arrive after the frame: give them a moment.
    await new Promise((r) => setTimeout(r, 50));
    const own = (window as unknown as { bench: Bench }).bench.events.filter(
      (e) => e.interactionId > 0 && e.start >= t0 - 0.5,
    );
    // Entries shorter than 16 ms are not reported: none means "at most 16 ms".
    return own.length ? Math.max(...own.map((e) => e.duration)) : 16;
  }, since);
}

const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });

/** Cold load of org home: to the org shown, FCP, LCP, and the scripts it fetched. */
export async function coldLoad(session: Session) {
  const page = await openPage(session, '/o/acme');
  const shown = await markAfter(page, 'org-console:org-shown', 'acme');
  await markAfter(page, 'org-console:menu-painted', 'acme');
  const paints = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number; scripts: string[] }>((resolve) => {
        const fcp = (window as unknown as { bench: Bench }).bench.fcp ?? NaN;
        const scripts = performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((path) => path.endsWith('.js'));
        new PerformanceObserver((list) =>
          resolve({ fcp, lcp: list.getEntries().at(-1)?.startTime ?? NaN, scripts }),
        ).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ fcp, lcp: NaN, scripts }), 2000);
      }),
  );
  return { page, shown, ...paints };
}

/** Waits until the page is idle (what it loads on idle has started). */
export const idle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));

/**
 * The centre of an element, found by Playwright before a measurement starts: its role selectors
 * compute accessible names in the page's main thread, long tasks of their own on a huge page.
 */
export async function centre(locator: ReturnType<Page['locator']>) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Click on the switcher to `atLeast` options painted, with the click's INP. */
export async function openSwitcher(page: Page, atLeast: number) {
  const { x, y } = await centre(switcher(page));
  await armStart(page, 'pointerdown');
  await page.mouse.click(x, y);
  const start = await started(page);
  const painted = await afterPaintWhen(page, { kind: 'options', atLeast });
  return { toPainted: painted - start, inp: await interactionToNextPaint(page, start) };
}

/** With the switcher open (search box focused): a keystroke to the filtered list painted. */
export async function filterSwitcher(page: Page, total: number) {
  await armStart(page, 'keydown');
  await page.keyboard.press('z');
  const start = await started(page);
  const painted = await afterPaintWhen(page, { kind: 'options-below', count: total });
  const inp = await interactionToNextPaint(page, start);
  await page.keyboard.press('Escape');
  return { toPainted: painted - start, inp };
}

/** Click on another org to its menu painted, and the click's INP. Opens the switcher first. */
export async function switchTo(page: Page, key: OrgKey) {
  const { slug, name } = ORGS[key];
  if ((await switcher(page).getAttribute('aria-expanded')) !== 'true') await switcher(page).click();
  const option = page.getByRole('option', { name: new RegExp(`^${name}`) });
  // A run that never offered the org counts as missing, not a crash.
  if (
    !(await option.waitFor({ timeout: 15_000 }).then(
      () => true,
      () => false,
    ))
  )
    return { toMenu: NaN, inp: NaN };
  await armStart(page, 'pointerdown');
  await option.click();
  const start = await started(page);
  const painted = await markAfter(page, 'org-console:menu-painted', slug, start);
  return { toMenu: painted - start, inp: await interactionToNextPaint(page, start) };
}

/** Opening the settings page to the form's values painted, and a keystroke in it to paint. */
export async function settingsForm(session: Session) {
  const page = await openPage(session, '/o/acme');
  await markAfter(page, 'org-console:menu-painted', 'acme');
  await armStart(page, 'pointerdown');
  await page.getByRole('link', { name: 'Organization settings' }).click();
  const start = await started(page);
  const shown = await afterPaintWhen(page, { kind: 'field', label: 'Name', not: '' });
  const city = page.getByLabel('City');
  await city.focus();
  const before = await city.inputValue();
  await armStart(page, 'keydown');
  await page.keyboard.press('x');
  const keyStart = await started(page);
  const typed = await afterPaintWhen(page, { kind: 'field', label: 'City', not: before });
  const inp = await interactionToNextPaint(page, keyStart);
  await page.context().close();
  return { shown: shown - start, typed: typed - keyStart, inp };
}

/** JS heap (after a forced GC) after the first switch and after 50. */
export async function heapAfterSwitches(session: Session) {
  const page = await openPage(session, '/o/acme');
  await markAfter(page, 'org-console:menu-painted', 'acme');
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
