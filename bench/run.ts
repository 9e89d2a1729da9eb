// npm run bench [-- --runs N] [-- --compare FILE]: builds, serves and measures the console.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { preview } from 'vite';
import { createMockBackend } from '../src/mocks/backend';
import { createMockHttpServer } from '../src/mocks/http-server';
import { buildAndWeigh } from './bytes';
import {
  coldLoad,
  heapAfterSwitches,
  markAfterShown,
  openPage,
  settingsForm,
  switcherWith300,
  switchTo,
} from './measures';
import { summarize, table, type Results, type Summary } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const RUNS = Math.max(5, Number(option('--runs') ?? 5));
const SWITCHES = 20;
const MOCK_PORT = Number(process.env.BENCH_MOCK_PORT ?? 4610);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 4673);
const apiBaseUrl = `http://127.0.0.1:${MOCK_PORT}`;
const baseUrl = `http://127.0.0.1:${WEB_PORT}`;
const TOKENS = { olivia: 'mock-olivia-token', max: 'mock-max-token' };

const figures: Record<string, Summary> = {};
const record = (name: string, values: number[], unit = 'ms') => {
  figures[name] = summarize(values, unit);
  console.log(`  ${name}: median ${figures[name].median.toFixed(1)} ${unit}`);
};
const kib = (bytes: number) => bytes / 1024;

console.log('Building the production bundle…');
const bytes = await buildAndWeigh('dist-bench', apiBaseUrl);
record('bytes: first-load JS (gzip)', [kib(bytes.firstLoadJs)], 'KiB');
record('bytes: CSS (gzip)', [kib(bytes.css)], 'KiB');
record('bytes: total JS (gzip)', [kib(bytes.totalJs)], 'KiB');
record('bytes: JS chunks', [bytes.chunks], 'files');
record(
  `bytes: largest first-load dependency (${bytes.largestDependency.name}, gzip)`,
  [kib(bytes.largestDependency.gzip)],
  'KiB',
);

const backend = createMockBackend({ latencyMs: 0 });
const api = createMockHttpServer(backend).listen(MOCK_PORT, '127.0.0.1');
const web = await preview({
  build: { outDir: 'dist-bench' },
  preview: { port: WEB_PORT, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

try {
  for (const cpu of [1, 4]) {
    console.log(`Measuring at ${cpu}× CPU…`);
    const session = { browser, baseUrl, token: TOKENS.olivia, cpu };
    backend.db.reset();
    await coldLoad(session); // warm-up
    const loads = [];
    for (let i = 0; i < RUNS; i += 1) loads.push(await coldLoad(session));
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

    const page = await openPage(session, '/o/acme');
    await markAfterShown(page, 'acme');
    await switchTo(page, 'globex'); // warm-up
    const results = [];
    for (let i = 0; i < SWITCHES; i += 1)
      results.push(await switchTo(page, i % 2 ? 'globex' : 'acme'));
    record(
      `switch: click to new menu painted, ${cpu}×`,
      results.map((r) => r.toMenu),
    );
    record(
      `switch: click input-to-next-paint, ${cpu}×`,
      results.map((r) => r.inp),
    );
    await page.context().close();
  }

  console.log('Measuring the switcher with 300 orgs and the 2,000-entry menu…');
  backend.db.reset();
  const max = { browser, baseUrl, token: TOKENS.max, cpu: 1 };
  const page = await openPage(max, '/o/branch-001');
  await markAfterShown(page, 'branch-001');
  await switcherWith300(page); // warm-up
  const lists = [];
  for (let i = 0; i < RUNS; i += 1) lists.push(await switcherWith300(page));
  record(
    'switcher, 300 orgs: click to list painted',
    lists.map((l) => l.open),
  );
  record(
    'switcher, 300 orgs: keystroke to filtered list painted',
    lists.map((l) => l.filtered),
  );
  const menus = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const switched = await switchTo(page, 'large');
    if (i > 0) menus.push(switched.toMenu); // the first is the warm-up
    await switchTo(page, 'start');
  }
  record('menu, 2,000 entries: switch to menu painted', menus);
  await page.context().close();

  console.log('Measuring the settings form and memory…');
  backend.db.reset();
  const olivia = { browser, baseUrl, token: TOKENS.olivia, cpu: 1 };
  await settingsForm(olivia); // warm-up
  const forms = [];
  for (let i = 0; i < RUNS; i += 1) forms.push(await settingsForm(olivia));
  record(
    'settings: open to values shown',
    forms.map((f) => f.shown),
  );
  record(
    'settings: keystroke to paint',
    forms.map((f) => f.typed),
  );

  const heap = await heapAfterSwitches(olivia);
  record('memory: JS heap after 1 switch', [heap.first / 2 ** 20], 'MiB');
  record('memory: JS heap after 50 switches', [heap.last / 2 ** 20], 'MiB');
  record('memory: growth over 49 switches', [heap.last / heap.first], 'x');
} finally {
  await browser.close();
  await web.close();
  api.close();
}

const results: Results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  figures,
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
const compare = option('--compare');
const baseline = compare ? (JSON.parse(readFileSync(compare, 'utf8')) as Results) : undefined;
console.log(`\n${results.machine}, ${RUNS} runs after a warm-up (switches: ${SWITCHES})\n`);
console.log(table(results, baseline));
console.log('\nSaved bench/results/latest.json');
