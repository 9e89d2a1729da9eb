import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it.each(['/o/acme/settings', '/o/acme?tab=1#x', '/'])('keeps the internal path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    'https://evil.example.com',
    '//evil.example.com',
    '/\\evil.example.com',
    'javascript:alert(1)',
    '/ /evil',
    '/o/acme\n',
    '/sign-in?returnTo=/x',
    '/sign-out',
    '',
    null,
  ])('refuses %s', (path) => {
    expect(safeReturnPath(path)).toBeNull();
  });
});
