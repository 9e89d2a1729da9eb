import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BuiltFile = { file: string; bytes: number; gzip: number };

/** The JavaScript the first page loads: the entry script plus every modulepreload of index.html. */
export function firstLoadScripts(dist: string): BuiltFile[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(sources)].map((source) => measure(dist, source.replace(/^\//, '')));
}

export function allFiles(dist: string, extension: string): BuiltFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(dist)
    .filter((path) => path.endsWith(extension))
    .map((path) => measure(dist, path.slice(dist.length + 1)));
}

function measure(dist: string, file: string): BuiltFile {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
