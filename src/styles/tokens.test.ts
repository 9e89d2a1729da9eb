import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const TOKENS = join(import.meta.dirname, 'tokens.css');
// A hex color, or a color function: what a token must name instead.
const RAW_COLOR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|oklab|lab|lch|hwb)\(/i;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('design tokens', () => {
  it('names every color of the console in tokens.css only', () => {
    const offenders = files(SRC)
      .filter((path) => /\.(css|tsx)$/.test(path) && path !== TOKENS)
      .filter((path) => !path.includes(join('src', 'mocks')) && !/\.test\.tsx$/.test(path))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, index }))
          .filter(({ line }) => RAW_COLOR.test(line))
          .map(({ line, index }) => `${relative(SRC, path)}:${index + 1}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('gives the dark theme a value for every color the light one sets', () => {
    const css = readFileSync(TOKENS, 'utf8');
    const names = (block: string) =>
      [...block.matchAll(/(--[\w-]+):\s*[^;]*(?:#|rgb\()/g)].map((match) => match[1]).sort();
    const light = css.slice(css.indexOf(':root {'), css.indexOf("[data-theme='dark']"));
    const dark = css.slice(css.indexOf("[data-theme='dark']"));
    expect(names(dark)).toEqual(names(light));
  });
});
