import { describe, expect, it } from 'vitest';
import { validHomePage } from './home-page';

describe('validHomePage', () => {
  it.each(['/', '/workspaces', '/workspaces/new', '/audit-log', '/a_b/C-9'])('keeps %j', (path) => {
    expect(validHomePage({ homePage: path })).toBe(path);
  });

  it.each([
    ['/a//b', '/a/b'],
    ['/workspaces/', '/workspaces'],
    ['/%2e/workspaces', '/workspaces'],
  ])('normalizes %j to %j', (homePage, path) => {
    expect(validHomePage({ homePage })).toBe(path);
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
    '/\\evil.example',
    '/work spaces',
    '/../sign-out',
    'https://evil.example',
    '/%2e%2e/globex',
    '/%E0%A4%A',
  ])('ignores %j', (homePage) => {
    expect(validHomePage({ homePage })).toBeUndefined();
  });
});
