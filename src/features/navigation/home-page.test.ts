import { describe, expect, it } from 'vitest';
import { validHomePage } from './home-page';

describe('validHomePage', () => {
  it.each(['/', '/workspaces', '/workspaces/new', '/audit-log', '/a_b/C-9'])('keeps %j', (path) => {
    expect(validHomePage({ homePage: path })).toBe(path);
  });

  it.each([
    undefined,
    '',
    'workspaces',
    'javascript:alert(1)',
    ' /workspaces',
    '/workspaces?x=1',
    '/workspaces#x',
    '//evil.example',
    '/a//b',
    '/\\evil.example',
    '/work spaces',
    '/../sign-out',
    'https://evil.example',
    '/%2F%2Fevil',
  ])('ignores %j', (homePage) => {
    expect(validHomePage({ homePage })).toBeUndefined();
  });
});
