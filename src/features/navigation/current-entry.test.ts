import { describe, expect, it } from 'vitest';
import { currentEntryKey } from './current-entry';
import type { NavNode } from './model';

const item = (key: string, to: string): NavNode => ({
  kind: 'item',
  key,
  label: key,
  icon: undefined,
  color: undefined,
  badge: undefined,
  target: { kind: 'internal', to, path: to.split('/').slice(3).join('/'), newTab: false },
  features: [],
});
const category = (key: string, children: NavNode[]): NavNode => ({
  kind: 'category',
  key,
  label: key,
  icon: undefined,
  color: undefined,
  badge: undefined,
  expanded: true,
  children,
});

describe('currentEntryKey', () => {
  const menu = [
    item('home', '/o/acme'),
    category('work', [
      item('ws', '/o/acme/workspaces'),
      item('ws-again', '/o/acme/workspaces'),
      item('ws-new', '/o/acme/workspaces/new'),
    ]),
    item('pending', '/o/acme/members?tab=pending'),
    item('members', '/o/acme/members'),
  ];

  it.each([
    ['/o/acme/workspaces', '', 'ws'],
    ['/o/acme/workspaces/', '', 'ws'],
    ['/o/acme/workspaces/new', '', 'ws-new'],
    ['/o/acme/workspaces/42', '', 'ws'],
    ['/o/acme/members', '', 'members'],
    ['/o/acme/members', '?tab=pending', 'pending'],
    ['/o/acme/members', '?tab=other', 'pending'],
    ['/o/acme', '', 'home'],
    ['/o/acme/billing', '', undefined],
  ])('%s%s → %s', (pathname, search, key) => {
    expect(currentEntryKey(menu, pathname, search)).toBe(key);
  });

  it('marks one entry among 1,300 links to the same page', () => {
    const many = Array.from({ length: 1300 }, (_, i) => item(`e${i}`, '/o/acme/workspaces'));
    expect(currentEntryKey(many, '/o/acme/workspaces')).toBe('e0');
  });
});
