// Checks a production build (made without mocking): the first-load budget, and no mock code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../src/config-schema';
import { allFiles, firstLoadScripts, kib } from './lib/first-load';

const BUDGET_GZIP = 125 * 1024;
const MOCK_MARKERS = ['mockServiceWorker', 'setupWorker', 'mock-olivia-token', '/__mock/'];
// Backend profiles other than the console's are loaded on demand, never in the first load.
const PROFILE_MARKERS = [
  '/v1/user/current-organization',
  '/api/session/org',
  '/organizations/switch',
];
// The OpenID client (oidc-client-ts) loads on demand, in OIDC mode only.
const OIDC_MARKERS = ['code_verifier', 'signinRedirect'];

const dist = process.argv[2] ?? 'dist';
let passed = 0;
let failed = 0;
function check(name: string, ok: boolean, detail: string) {
  console.log(`${ok ? '✓' : '✗'} ${name}: ${detail}`);
  if (ok) passed += 1;
  else failed += 1;
}

const firstLoad = firstLoadScripts(dist);
const firstLoadGzip = firstLoad.reduce((sum, file) => sum + file.gzip, 0);
for (const file of firstLoad)
  console.log(`  first load: ${file.file} ${kib(file.bytes)} (${kib(file.gzip)} gzip)`);
check(
  'first-load JS',
  firstLoadGzip <= BUDGET_GZIP,
  `${kib(firstLoadGzip)} gzip of ${kib(BUDGET_GZIP)} budget`,
);

/** Which of `markers` the first-load scripts contain, as "file has marker". */
function inFirstLoad(markers: string[]): string[] {
  return firstLoad.flatMap(({ file }) => {
    const code = readFileSync(join(dist, file), 'utf8');
    return markers.filter((marker) => code.includes(marker)).map((m) => `${file} has "${m}"`);
  });
}
const profiles = inFirstLoad(PROFILE_MARKERS);
check(
  'no backend profile in the first load',
  profiles.length === 0,
  profiles.join(', ') || 'profiles load on demand',
);
const oidcClient = inFirstLoad(OIDC_MARKERS);
check(
  'no OpenID client in the first load',
  oidcClient.length === 0,
  oidcClient.join(', ') || 'it loads on demand',
);

const scripts = allFiles(dist, '.js');
const leaked = scripts.flatMap(({ file }) => {
  const code = readFileSync(join(dist, file), 'utf8');
  return MOCK_MARKERS.filter((marker) => code.includes(marker)).map(
    (marker) => `${file} has "${marker}"`,
  );
});
check(
  'no mock backend in the build',
  leaked.length === 0,
  leaked.join(', ') || `${scripts.length} scripts clean`,
);
const worker = existsSync(join(dist, 'mockServiceWorker.js'));
check(
  'no MSW worker in the build',
  !worker,
  `mockServiceWorker.js ${worker ? 'present' : 'absent'}`,
);

const configFile = join(dist, 'config.json');
const config = existsSync(configFile)
  ? parseConfig(JSON.parse(readFileSync(configFile, 'utf8')))
  : null;
check(
  'config.json beside index.html',
  config?.ok === true,
  config
    ? config.ok
      ? JSON.stringify(config.config)
      : `bad keys: ${config.badKeys.join(', ')}`
    : 'missing',
);

console.log(`build checks: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
