// npm run bench [-- --runs N] [-- --compare FILE] [-- --no-lighthouse]
// Builds, serves and measures the console; compares with FILE, or else with the previous run.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { preview } from 'vite';
import { CHROMIUM } from '../e2e/browser';
import { createMockBackend } from '../src/mocks/backend';
import { createMockHttpServer } from '../src/mocks/http-server';
import { serverPort } from '../scripts/lib/ports';
import { buildAndWeigh, weighScripts } from './bytes';
import { HARRIET_STEPS, harrietSession, type Step } from './harriet';
import { lighthouseRuns } from './lighthouse';
import {
  coldLoad,
  filterSwitcher,
  heapAfterSwitches,
  idle,
  markAfter,
  openPage,
  openSwitcher,
  settingsForm,
  switchTo,
  type Session,
} from './measures';
import {
  goalsTable,
  readResults,
  summarize,
  table,
  type Goal,
  type Results,
  type Summary,
} from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const RUNS = Math.max(3, Number(option('--runs') ?? 5));
const SWITCHES = 20;
const LIGHTHOUSE_RUNS = 3;
const TOKENS = {
  olivia: 'mock-olivia-token',
  max: 'mock-max-token',
};

const GOALS: Goal[] = [
  { figure: 'bytes: first-load JS of a signed-in org home (gzip)', goal: 110 },
  { figure: 'lighthouse: org home, mobile: score', goal: 98 },
  { figure: 'lighthouse: org home, mobile: LCP', goal: 1800 },
  { figure: 'switcher, 300 orgs: click to list painted, 1×', goal: 16 },
  { figure: 'switcher, 300 orgs: click to list painted, 4×', goal: 60 },
  { figure: 'switcher: first open after load to list painted, 1×', goal: 50 },
  { figure: 'switch: click to new menu painted, 1×', goal: 35 },
  { figure: 'switch: click to new menu painted, 4×', goal: 100 },
  // Issue 14: no task over 100 ms at 1×, 200 ms at 4× in Harriet Huge's steps (CPU time: what
  // the task takes on an idle machine; a busy one stretches the wall time).
  ...HARRIET_STEPS.flatMap((step) =>
    [1, 4].map((cpu) => ({
      figure: `Harriet Huge, ${step}: longest task CPU, ${String(cpu)}×`,
      goal: cpu === 1 ? 100 : 200,
      worst: true,
    })),
  ),
];

const figures: Record<string, Summary> = {};
const record = (name: string, values: number[], unit = 'ms') => {
  figures[name] = summarize(values, unit);
  const s = figures[name];
  console.log(`  ${name}: median ${s.median.toFixed(1)} ${unit} (${s.runs} runs)`);
};
const kib = (bytes: number) => bytes / 1024;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadAtStart = load();

// Free ports unless BENCH_MOCK_PORT / BENCH_WEB_PORT say; a taken one fails naming the server.
const mockPort = await serverPort('bench mock HTTP server', 'BENCH_MOCK_PORT');
const webPort = await serverPort('bench vite preview', 'BENCH_WEB_PORT');
const apiBaseUrl = `http://127.0.0.1:${mockPort}`;
const baseUrl = `http://127.0.0.1:${webPort}`;

console.log('Building the production bundle…');
const bytes = await buildAndWeigh('dist-bench', apiBaseUrl);
record('bytes: entry + modulepreloads JS (gzip)', [kib(bytes.firstLoadJs)], 'KiB');
record('bytes: CSS (gzip)', [kib(bytes.css)], 'KiB');
record('bytes: total JS (gzip)', [kib(bytes.totalJs)], 'KiB');
record('bytes: JS chunks', [bytes.chunks], 'files');
record(
  `bytes: largest first-load dependency (${bytes.largestDependency.name}, gzip)`,
  [kib(bytes.largestDependency.gzip)],
  'KiB',
);

const backend = createMockBackend({ latencyMs: 0 });
const api = createMockHttpServer(backend).listen(mockPort, '127.0.0.1');
const web = await preview({
  build: { outDir: 'dist-bench' },
  preview: { port: webPort, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch(CHROMIUM);

const chromiumVersion = browser.version();

/** A scenario that fails is reported and skipped: its figures are missing, the run goes on. */
async function attempt(name: string, scenario: () => Promise<void>) {
  try {
    await scenario();
  } catch (error) {
    console.log(`  ${name} failed, its figures are missing: ${String(error).split('\n')[0] ?? ''}`);
  }
}

try {
  if (!args.includes('--no-lighthouse')) {
    console.log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs per page and form factor…`);
    backend.db.reset();
    const lh = await lighthouseRuns(
      [
        { name: 'sign-in', url: `${baseUrl}/sign-in`, credential: null },
        { name: 'org home', url: `${baseUrl}/o/acme`, credential: TOKENS.olivia },
      ],
      LIGHTHOUSE_RUNS,
    );
    for (const [page, runs] of Object.entries(lh)) {
      record(
        `lighthouse: ${page}: score`,
        runs.map((r) => r.score),
        'score',
      );
      record(
        `lighthouse: ${page}: FCP`,
        runs.map((r) => r.fcp),
      );
      record(
        `lighthouse: ${page}: LCP`,
        runs.map((r) => r.lcp),
      );
      record(
        `lighthouse: ${page}: TBT`,
        runs.map((r) => r.tbt),
      );
      record(
        `lighthouse: ${page}: CLS`,
        runs.map((r) => r.cls),
        'CLS',
      );
    }
  }

  for (const cpu of [1, 4]) {
    console.log(`Measuring at ${cpu}× CPU…`);
    const olivia: Session = { browser, baseUrl, token: TOKENS.olivia, cpu };
    backend.db.reset();

    await attempt(`cold loads at ${cpu}×`, async () => {
      // Each cold load is also where the first interactions after a load are measured.
      const loads = [];
      for (let i = 0; i <= RUNS; i += 1) {
        const { page, ...load } = await coldLoad(olivia);
        await idle(page);
        const firstOpen = await openSwitcher(page, 4);
        await page.keyboard.press('Escape');
        const firstSwitch = await switchTo(page, 'globex');
        await page.context().close();
        backend.db.reset(); // that switch moved the session to Globex: the next load starts in Acme
        if (i > 0) loads.push({ ...load, firstOpen, firstSwitch }); // the first is the warm-up
      }
      if (cpu === 1)
        record(
          'bytes: first-load JS of a signed-in org home (gzip)',
          loads.map((l) => kib(weighScripts('dist-bench', l.scripts))),
          'KiB',
        );
      record(
        `cold load to active org shown, ${cpu}×`,
        loads.map((l) => l.shown),
      );
      record(
        `cold load FCP, ${cpu}×`,
        loads.map((l) => l.fcp),
      );
      record(
        `cold load LCP, ${cpu}×`,
        loads.map((l) => l.lcp),
      );
      record(
        `switcher: first open after load to list painted, ${cpu}×`,
        loads.map((l) => l.firstOpen.toPainted),
      );
      record(
        `switcher: first open after load, INP, ${cpu}×`,
        loads.map((l) => l.firstOpen.inp),
      );
      record(
        `switch: first after load, click to new menu painted, ${cpu}×`,
        loads.map((l) => l.firstSwitch.toMenu),
      );
    });
    await attempt(`warm switches at ${cpu}×`, async () => {
      // Warm: the same page, switch after switch.
      const page = await openPage(olivia, '/o/acme');
      await markAfter(page, 'org-console:menu-painted', 'acme');
      await switchTo(page, 'globex'); // warm-up
      const switches = [];
      for (let i = 0; i < SWITCHES; i += 1)
        switches.push(await switchTo(page, i % 2 ? 'globex' : 'acme'));
      await page.context().close();
      record(
        `switch: click to new menu painted, ${cpu}×`,
        switches.map((r) => r.toMenu),
      );
      record(
        `switch: click INP, ${cpu}×`,
        switches.map((r) => r.inp),
      );
    });
    await attempt(`300 orgs at ${cpu}×`, async () => {
      // Max Many: 300 orgs in the switcher, a 2,000-entry menu in branch-002.
      backend.db.reset();
      const max: Session = { ...olivia, token: TOKENS.max };
      const maxPage = await openPage(max, '/o/branch-001');
      await markAfter(maxPage, 'org-console:menu-painted', 'branch-001');
      await idle(maxPage);
      const opens = [];
      const filters = [];
      for (let i = 0; i <= RUNS; i += 1) {
        const open = await openSwitcher(maxPage, 20);
        const filter = await filterSwitcher(maxPage, 300);
        if (i > 0) {
          opens.push(open);
          filters.push(filter);
        }
      }
      record(
        `switcher, 300 orgs: click to list painted, ${cpu}×`,
        opens.map((o) => o.toPainted),
      );
      record(
        `switcher, 300 orgs: click INP, ${cpu}×`,
        opens.map((o) => o.inp),
      );
      record(
        `switcher, 300 orgs: keystroke to filtered list painted, ${cpu}×`,
        filters.map((f) => f.toPainted),
      );
      record(
        `switcher, 300 orgs: keystroke INP, ${cpu}×`,
        filters.map((f) => f.inp),
      );
      const menus = [];
      for (let i = 0; i <= RUNS; i += 1) {
        const switched = await switchTo(maxPage, 'large');
        if (i > 0) menus.push(switched.toMenu);
        await switchTo(maxPage, 'start');
      }
      record(`menu, 2,000 entries: switch to menu painted, ${cpu}×`, menus);
      await maxPage.context().close();
    });
    await attempt(`settings at ${cpu}×`, async () => {
      backend.db.reset();
      await settingsForm(olivia); // warm-up
      const forms = [];
      for (let i = 0; i < RUNS; i += 1) forms.push(await settingsForm(olivia));
      record(
        `settings: click to values painted, ${cpu}×`,
        forms.map((f) => f.shown),
      );
      record(
        `settings: keystroke to painted, ${cpu}×`,
        forms.map((f) => f.typed),
      );
      record(
        `settings: keystroke INP, ${cpu}×`,
        forms.map((f) => f.inp),
      );
    });
    await attempt(`Harriet Huge at ${cpu}×`, async () => {
      const runs: Awaited<ReturnType<typeof harrietSession>>[] = [];
      for (let i = 0; i < Math.min(RUNS, 3); i += 1) {
        backend.db.reset();
        runs.push(await harrietSession(browser, baseUrl, cpu));
      }
      backend.db.reset();
      for (const step of HARRIET_STEPS) {
        const of = (pick: (s: Step) => number) =>
          runs.map((r) => {
            const s = r[step];
            return s ? pick(s) : NaN;
          });
        record(
          `Harriet Huge, ${step}: long tasks, ${cpu}×`,
          of((s) => s.count),
          'tasks',
        );
        record(
          `Harriet Huge, ${step}: longest task, ${cpu}×`,
          of((s) => s.longest),
        );
        record(
          `Harriet Huge, ${step}: longest task CPU, ${cpu}×`,
          of((s) => s.cpu),
        );
        record(
          `Harriet Huge, ${step}: blocking time, ${cpu}×`,
          of((s) => s.blocking),
        );
      }
    });
  }

  console.log('Measuring memory…');
  backend.db.reset();
  await attempt('memory', async () => {
    const heap = await heapAfterSwitches({ browser, baseUrl, token: TOKENS.olivia, cpu: 1 });
    record('memory: JS heap after 1 switch', [heap.first / 2 ** 20], 'MiB');
    record('memory: JS heap after 50 switches', [heap.last / 2 ** 20], 'MiB');
    record('memory: growth over 49 switches', [heap.last / heap.first], 'x');
  });
} finally {
  await browser.close();
  await web.close();
  api.close();
}

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${chromiumVersion}`,
  load: `load average (1, 5, 15 min) ${loadAtStart} at the start, ${load()} at the end`,
  figures,
} satisfies Results;
mkdirSync('bench/results/history', { recursive: true });
const latest = 'bench/results/latest.json';
const previous = existsSync(latest) ? readResults(readFileSync(latest, 'utf8')) : undefined;
const compare = option('--compare');
const baseline = compare ? readResults(readFileSync(compare, 'utf8')) : previous;
writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  `bench/results/history/${results.date.replace(/[:.]/g, '-')}.json`,
  `${JSON.stringify(results, null, 2)}\n`,
);

console.log(`\n${results.machine}; ${results.load}`);
console.log(
  `${RUNS} runs after a warm-up (warm switches: ${SWITCHES}; Lighthouse: ${LIGHTHOUSE_RUNS}). ` +
    'Times run from the input event’s timeStamp to after the next paint; INP is Event Timing’s ' +
    '(16 ms = under its 16 ms threshold).',
);
if (baseline)
  console.log(
    `Compared with ${compare ?? `the previous run (${previous?.date ?? ''})`}: “REGRESSION” is beyond noise.`,
  );
console.log(`\n${table(results, baseline)}`);
console.log(`\nGoals (issues 14 and 16):\n${goalsTable(GOALS, results, previous)}`);
console.log(`\nSaved ${latest}`);
