import { describe, expect, it } from 'vitest';
import { normalizeInternalPath } from './internal-path';

describe('normalizeInternalPath', () => {
  it.each([
    ['/workspaces', '/workspaces'],
    ['/workspaces/new', '/workspaces/new'],
    ['/', '/'],
    ['/workspaces/', '/workspaces'],
    ['/o/acme/settings?tab=1#address', '/o/acme/settings?tab=1#address'],
    ['/a//b', '/a/b'],
    ['/a/./b', '/a/b'],
    ['/a/b/../c', '/a/c'],
    ['/a/%2e%2e/c', '/c'],
    ['/./sign-out', '/sign-out'],
    ['/%2e/sign-out', '/sign-out'],
    ['/%2E/sign-out', '/sign-out'],
    ['/%252e/sign-out', '/sign-out'],
    ['/caf%C3%A9', '/caf%C3%A9'],
    ['/café', '/caf%C3%A9'],
    ['/a%20b', '/a%20b'],
    ['/..;/x', '/..%3B/x'],
    // Already normal (the quick path) next to look-alikes that are not.
    ['/a.b/c_d~e-f/G9', '/a.b/c_d~e-f/G9'],
    ['/.well-known', '/.well-known'],
    ['/a../b', '/a../b'],
    ['/a/.', '/a'],
    ['/a/..', '/'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeInternalPath(raw)).toBe(expected);
  });

  it.each([
    // The cases: out of the org, or out of the console's signed-in pages.
    '/%2e%2e/globex/settings',
    '/%2e%2e/%2e%2e/sign-out',
    '/o/%E0%A4%A/settings',
    // OWASP path traversal: plain, encoded, double-encoded, mixed, overlong UTF-8, backslashes.
    '/..',
    '/../globex',
    '/a/../../globex',
    '/%2e%2e',
    '/%2E%2E/globex',
    '/.%2e/globex',
    '/%2e./globex',
    '/..%2fglobex',
    '/..%2Fglobex',
    '/%2e%2e%2fglobex',
    '/%252e%252e/globex',
    '/%252e%252e%252fglobex',
    '/%25252e%25252e/globex',
    '/%c0%ae%c0%ae/globex',
    '/%c0%af',
    '/%c1%9c',
    '/%e0%80%ae%e0%80%ae/globex',
    '/%u002e%u002e/globex',
    '/..\\globex',
    '/\\evil.example',
    '/%5c..%5cglobex',
    '/..%5cglobex',
    '/..%255cglobex',
    '/%2e%2e%5c%2e%2e%5cglobex',
    // Not an internal path at all.
    '//evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    'workspaces',
    '',
    // Invisible or control characters, raw or encoded.
    '/work spaces',
    '/a\tb',
    '/a%09b',
    '/a%00b',
    '/a%0d%0ab',
    '/a\u200bb',
    '/a%E2%80%8Bb',
    '/ok?next=\n',
    '/ok?q=100%',
    `/${'a'.repeat(2048)}`,
  ])('refuses %s', (raw) => {
    expect(normalizeInternalPath(raw)).toBeNull();
  });
});
