import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../api/contract/active-org';
import type { MenuItem } from '../api/contract/navigation';
import { landingPath } from './landing';

const link = (href: string, permission: string): MenuItem => ({
  id: href,
  type: 'item',
  label: href,
  href,
  permissions: [permission],
  features: [],
});
// Every page but billing is linked; each needs its own permission.
const MENU = [
  link('/workspaces', 'workspaces:read'),
  link('/workspaces/new', 'workspaces:create'),
  link('/members', 'members:read'),
  link('/audit-log', 'audit:read'),
];
const ALL = ['workspaces:read', 'workspaces:create', 'members:read', 'audit:read'];

function activeOrg(slug: string, permissions: string[], homePage?: string): ActiveOrg {
  return {
    org: {
      slug,
      name: slug,
      branding: {},
      navigation: { homePage, menu: MENU, footer: [], quickActions: [] },
      role: { slug: 'MEMBER', permissions, scopes: [] },
      groups: [],
    },
    permissions,
    organizations: [{ slug, name: slug, groups: [] }],
  };
}

describe('landingPath', () => {
  it('keeps the page when it exists in the new org and is allowed there', () => {
    expect(landingPath(activeOrg('globex', ['members:read']), 'members')).toBe('/o/globex/members');
    expect(landingPath(activeOrg('globex', ALL), 'workspaces/new')).toBe(
      '/o/globex/workspaces/new',
    );
  });

  it('keeps the home page as the home page', () => {
    expect(landingPath(activeOrg('globex', ALL, '/members'), '')).toBe('/o/globex');
  });

  it("falls back to the org's homePage when the page is not allowed there", () => {
    expect(landingPath(activeOrg('umbrella', ['workspaces:read'], '/workspaces'), 'billing')).toBe(
      '/o/umbrella/workspaces',
    );
  });

  it('keeps the settings page, open to every member, whatever the navigation', () => {
    expect(landingPath(activeOrg('u', [], '/workspaces'), 'settings')).toBe('/o/u/settings');
  });

  it('does not keep a page the new org does not link to', () => {
    expect(landingPath(activeOrg('u', ALL, '/members'), 'billing')).toBe('/o/u/members');
  });

  it('falls back to the org home when the homePage is invalid, not a page or not allowed', () => {
    const viewer = ['workspaces:read'];
    expect(landingPath(activeOrg('u', viewer, 'javascript:alert(1)'), 'billing')).toBe('/o/u');
    expect(landingPath(activeOrg('u', viewer, '//evil.example.com'), 'billing')).toBe('/o/u');
    expect(landingPath(activeOrg('u', viewer, '/no-such-page'), 'billing')).toBe('/o/u');
    expect(landingPath(activeOrg('u', viewer, '/audit-log'), 'billing')).toBe('/o/u');
  });

  it('falls back when the page does not exist in the console', () => {
    expect(landingPath(activeOrg('globex', ALL, '/members'), 'no/such/page')).toBe(
      '/o/globex/members',
    );
  });

  it('uses the homePage on first arrival', () => {
    expect(landingPath(activeOrg('acme', ALL, '/workspaces'))).toBe('/o/acme/workspaces');
    expect(landingPath(activeOrg('acme', ALL))).toBe('/o/acme');
  });

  it('encodes the slug and sends a user without an org to the empty page', () => {
    expect(landingPath(activeOrg('a b/c', ALL))).toBe('/o/a%20b%2Fc');
    expect(landingPath({ org: null, permissions: [], organizations: [] })).toBe('/no-organization');
  });
});
