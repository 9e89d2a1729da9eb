import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it.each(['/o/acme/settings', '/o/acme?tab=1#x', '/'])('keeps the internal path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it('follows the normalized path', () => {
    expect(safeReturnPath('/o/acme/./settings')).toBe('/o/acme/settings');
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
    '/./sign-out',
    '/%2e/sign-out',
    '/o/../sign-out',
    '/sign-out?x=1',
    '/%2e%2e/sign-out',
    '',
    null,
  ])('refuses %s', (path) => {
    expect(safeReturnPath(path)).toBeNull();
  });
});
