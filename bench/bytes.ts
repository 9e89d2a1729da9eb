// Vite 8 bundles with rolldown, which also exposes its minifier: the same one the build uses.
import { minifySync } from 'rolldown/utils';
import { build } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { allFiles, firstLoadScripts } from '../scripts/lib/first-load';

export type ByteFigures = {
  firstLoadJs: number;
  css: number;
  totalJs: number;
  chunks: number;
  largestDependency: { name: string; gzip: number };
};

/** Builds the production bundle into `outDir` and weighs it. */
export async function buildAndWeigh(outDir: string, apiBaseUrl: string): Promise<ByteFigures> {
  process.env.VITE_API_BASE_URL = apiBaseUrl;
  const perPackage = new Map<string, string>();
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'bench:first-load-packages',
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
            for (const [id, module] of Object.entries(chunk.modules)) {
              const name = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? 'app code';
              perPackage.set(name, (perPackage.get(name) ?? '') + (module.code ?? ''));
            }
          }
        },
      },
    ],
  });
  const firstLoad = firstLoadScripts(outDir);
  const scripts = allFiles(outDir, '.js');
  // Each package's code in the first load, minified and gzipped on its own: close to its share.
  const weigh = (code: string) => gzipSync(minifySync('chunk.js', code).code, { level: 9 }).length;
  const [name, gzip] = [...perPackage]
    .map(([pkg, code]) => [pkg, weigh(code)] as const)
    .sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
  return {
    firstLoadJs: firstLoad.reduce((sum, f) => sum + f.gzip, 0),
    css: allFiles(outDir, '.css').reduce((sum, f) => sum + f.gzip, 0),
    totalJs: scripts.reduce((sum, f) => sum + f.gzip, 0),
    chunks: scripts.length,
    largestDependency: { name, gzip },
  };
}

/** Gzipped bytes of the scripts a page fetched (their URL paths), read from the build. */
export function weighScripts(outDir: string, paths: string[]): number {
  return [...new Set(paths)]
    .map((path) => join(outDir, path))
    .filter((file) => existsSync(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
}
