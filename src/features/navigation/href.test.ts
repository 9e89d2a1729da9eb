import { describe, expect, it } from 'vitest';
import { classifyHref } from './href';

describe('classifyHref', () => {
  it.each([
    ['/workspaces', '/o/acme/workspaces', 'workspaces'],
    ['/workspaces/new/', '/o/acme/workspaces/new', 'workspaces/new'],
    ['/members?tab=pending#top', '/o/acme/members?tab=pending#top', 'members'],
    ['/work%73paces', '/o/acme/workspaces', 'workspaces'],
    ['/workspaces%2Fnew', '/o/acme/workspaces/new', 'workspaces/new'],
    ['/', '/o/acme', ''],
    ['/./workspaces/', '/o/acme/workspaces', 'workspaces'],
  ])('%j is an in-app link to %j, the page %j', (href, to, path) => {
    expect(classifyHref(href, 'acme')).toEqual({ kind: 'internal', to, path, newTab: false });
  });

  it('a path that cannot be decoded is not a link', () => {
    expect(classifyHref('/members%E0%A4%A', 'acme')).toEqual({ kind: 'none' });
  });

  it('URL-encodes the org slug', () => {
    expect(classifyHref('/members', 'a b/c?')).toMatchObject({ to: '/o/a%20b%2Fc%3F/members' });
  });

  it.each([
    ['https://docs.example.com/console', 'https://docs.example.com/console'],
    ['http://status.example.com', 'http://status.example.com/'],
    ['HTTPS://Example.com/A', 'https://example.com/A'],
  ])('%j is an external link', (href, normalized) => {
    expect(classifyHref(href, 'acme', '_blank')).toEqual({
      kind: 'external',
      href: normalized,
      newTab: true,
    });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['javascript:', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['leading space', ' javascript:alert(1)'],
    ['leading control character', '\u0001javascript:alert(1)'],
    ['tab inside the scheme', 'java\tscript:alert(1)'],
    ['newline inside the scheme', 'java\nscript:alert(1)'],
    ['carriage return inside the scheme', 'java\rscript:alert(1)'],
    ['entity encoded', '&#106;avascript:alert(1)'],
    ['hex entity encoded', '&#x6A;avascript:alert(1)'],
    ['entity encoded with padding', '&#0000106&#0000097vascript:alert(1)'],
    ['percent encoded', '%6Aavascript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example'],
    ['backslash host', '/\\evil.example'],
    ['backslashes', '\\\\evil.example'],
    ['leading space before a path', ' /workspaces'],
    ['space inside a path', '/work spaces'],
    ['dot segments', '/../../sign-out'],
    ['encoded dot segments', '/%2e%2e/globex/settings'],
    ['encoded dot segments to sign-out', '/%2e%2e/%2e%2e/sign-out'],
    ['double-encoded dot segments', '/%252e%252e/globex'],
    ['encoded slash after dots', '/..%2fglobex'],
    ['overlong UTF-8 dots', '/%c0%ae%c0%ae/globex'],
    ['malformed encoding', '/%E0%A4%A'],
    ['a relative path', 'workspaces'],
    ['mailto:', 'mailto:a@example.com'],
    ['ftp:', 'ftp://example.com'],
    ['file:', 'file:///etc/passwd'],
    ['https without slashes', 'https:evil.example'],
    ['credentials before the host', 'https://docs.example.com@evil.example'],
    ['space in an external url', 'https://example.com/a b'],
    ['tab in an external url', 'https:\t//example.com'],
    ['zero-width space', '\u200bjavascript:alert(1)'],
    ['unicode line separator', 'https://example.com/\u2028'],
    ['only a scheme', 'https://'],
  ])('%s is not a link', (_, href) => {
    expect(classifyHref(href, 'acme')).toEqual({ kind: 'none' });
  });
});
