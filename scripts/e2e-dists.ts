// tsx scripts/e2e-dists.ts [DIR…]: copies the production build (dist/) into each e2e dist dir
// (default: all of them, scripts/lib/e2e-dists.ts) and writes its config.json. Builds dist/
// first when it is missing or older than its sources.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isStale } from './lib/e2e-build';
import { copyBuild, e2eDistConfigs, remoteDistConfig } from './lib/e2e-dists';

const configs = e2eDistConfigs();
const dirs = process.argv.slice(2);
if (!existsSync('dist/index.html') || isStale('dist')) {
  console.log('dist/ is missing or older than its sources: npx vite build');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
for (const dir of dirs.length ? dirs : Object.keys(configs)) {
  const config = dir === 'dist-e2e-remote' ? remoteDistConfig() : configs[dir];
  if (!config) throw new Error(`${dir} is not an e2e dist (${Object.keys(configs).join(', ')})`);
  copyBuild(dir, config);
  console.log(`${dir}/config.json: ${JSON.stringify(config)}`);
}
