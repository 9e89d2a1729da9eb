import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Why `dist` cannot serve the e2e suite against the mock at `mockPort`, or null when it can. */
export function e2eBuildProblem(dist: string, mockPort: number): string | null {
  const assets = join(dist, 'assets');
  if (!existsSync(join(dist, 'index.html')) || !existsSync(assets)) return `${dist} is not built`;
  const api = new RegExp(`http://127\\.0\\.0\\.1:${mockPort}(?!\\d)`);
  const calls = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .some((file) => api.test(readFileSync(join(assets, file), 'utf8')));
  return calls ? null : `${dist} was built for another mock port than ${mockPort}`;
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
