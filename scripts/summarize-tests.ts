// Adds up the unit (Vitest) and e2e (Playwright) reports into CI's closing line.
import { existsSync, readFileSync } from 'node:fs';

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  startTime: number;
  testResults: { endTime?: number }[];
};
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };

function read<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

const unit = read<VitestReport>('reports/unit.json');
const e2e = read<PlaywrightReport>('reports/e2e.json');
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
