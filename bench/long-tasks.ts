// npm run bench:long-tasks [-- DIST]: only the Harriet Huge part of `npm run bench`, quicker —
// the longest main-thread task in each step of her session (bench/harriet.ts), at 1× and 4×
// CPU, 3 runs each (BENCH_RUNS). DIST is a build made by `npm run build:e2e` (default
// dist-e2e), whose API is the mock server this script starts on E2E_MOCK_PORT.
import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { preview } from 'vite';
import { CHROMIUM } from '../e2e/browser';
import { serverPort } from '../scripts/lib/ports';
import { createMockBackend } from '../src/mocks/backend';
import { createMockHttpServer } from '../src/mocks/http-server';
import { harrietSession, type Step } from './harriet';

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
const webPort = await serverPort('bench:long-tasks vite preview', 'BENCH_WEB_PORT');
const web = await preview({
  build: { outDir: dist },
  preview: { port: webPort, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch(CHROMIUM);

const results: Record<string, Step[]> = {};
try {
  for (const cpu of [1, 4]) {
    for (let run = 0; run < RUNS; run += 1) {
      backend.db.reset();
      const steps = await harrietSession(browser, `http://127.0.0.1:${String(webPort)}`, cpu);
      for (const [name, step] of Object.entries(steps))
        (results[`${name}, ${String(cpu)}×`] ??= []).push(step);
    }
  }
  console.log(
    `${String(cpus().length)} cores; load average (1, 5, 15 min) ${loadAtStart} at the start, ` +
      `${loads()} at the end: a busy machine stretches wall times, not CPU times.`,
  );
  console.log(`Longest main-thread task per step (ms), ${String(RUNS)} runs: min / median / max;`);
  console.log(
    'the long tasks reported (median); CPU time of the longest task (min / median / max)',
  );
  const range = (steps: Step[], pick: (step: Step) => number) => {
    const list = steps.map(pick).sort((a, b) => a - b);
    const at = (i: number) => String(Math.round(list[i] ?? NaN));
    return `${at(0)} / ${at(Math.floor(list.length / 2))} / ${at(list.length - 1)}`;
  };
  for (const [name, steps] of Object.entries(results)) {
    const counts = steps.map((s) => s.count).sort((a, b) => a - b);
    console.log(
      `  ${name}: ${range(steps, (s) => s.longest)}` +
        `  (${String(counts[Math.floor(counts.length / 2)])} long tasks;` +
        ` CPU ${range(steps, (s) => s.cpu)})`,
    );
  }
} finally {
  await browser.close();
  web.httpServer.close();
  api.close();
}
