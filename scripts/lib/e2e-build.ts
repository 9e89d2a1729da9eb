import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { e2eDistConfigs, hasConfig } from './e2e-dists';

/**
 * Why `dist` cannot serve the e2e suite, or null when it can. A copy of dist/ must carry the
 * config.json scripts/e2e-dists.ts writes for the ports of this run (E2E_MOCK_PORT, E2E_OIDC_PORT).
 */
export function e2eBuildProblem(dist: string): string | null {
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'assets')))
    return `${dist} is not built`;
  const config = e2eDistConfigs()[dist];
  if (config && !hasConfig(dist, config))
    return `${dist}/config.json is not for this run's ports (mock ${config.apiBaseUrl ?? 'none'})`;
  return null;
}

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** Whether anything the build is made from changed after `dist` was built. */
export function isStale(dist: string): boolean {
  const builtAt = statSync(join(dist, 'index.html')).mtimeMs;
  const newest = (path: string): number => {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  return SOURCES.some((source) => newest(source) > builtAt);
}
