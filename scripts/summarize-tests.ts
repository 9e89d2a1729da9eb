// Adds up the unit (Vitest) and e2e (Playwright) reports into CI's closing line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  startTime: number;
  testResults: { endTime?: number }[];
};
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };

function read(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = read('reports/unit.json') as VitestReport | null;
// reports/e2e.json, and the remote-mode runs' reports/e2e-remote-*.json.
const e2eReports = existsSync('reports')
  ? readdirSync('reports')
      .filter((name) => /^e2e.*\.json$/.test(name))
      .flatMap((name) => (read(`reports/${name}`) as PlaywrightReport | null) ?? [])
  : [];
const e2e: PlaywrightReport | null =
  e2eReports.length === 0
    ? null
    : {
        stats: {
          expected: e2eReports.reduce((sum, r) => sum + r.stats.expected, 0),
          unexpected: e2eReports.reduce((sum, r) => sum + r.stats.unexpected, 0),
          flaky: e2eReports.reduce((sum, r) => sum + r.stats.flaky, 0),
        },
      };
const pipelineFailed = process.argv[2] !== undefined && process.argv[2] !== '0';

let passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
let failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
console.log(
  `unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'did not run'}`,
);
if (unit) {
  const end = Math.max(unit.startTime, ...unit.testResults.map((file) => file.endTime ?? 0));
  console.log(`unit suite wall time: ${((end - unit.startTime) / 1000).toFixed(1)} s`);
}
console.log(
  `e2e: ${e2e ? `${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed` : 'did not run'}`,
);
// A check before the tests (typecheck, lint, build budget) failed: count it, never report green.
if (pipelineFailed && failed === 0) failed = 1;
if (!unit && !e2e) passed = 0;
console.log(`${passed} passed, ${failed} failed`);
