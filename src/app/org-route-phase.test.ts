import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../api/contract/active-org';
import { orgRoutePhase } from './org-route-phase';

const activeOrg = (slug: string | null): ActiveOrg => ({
  org: slug
    ? {
        slug,
        name: slug,
        branding: {},
        navigation: { menu: [], footer: [], quickActions: [] },
        role: { slug: 'OWNER', permissions: ['*'], scopes: [] },
        groups: [],
      }
    : null,
  permissions: ['*'],
  organizations: ['acme', 'globex'].map((s) => ({ slug: s, name: s, groups: [] })),
});

describe('orgRoutePhase', () => {
  it("renders the URL's org when it is the active one", () => {
    expect(orgRoutePhase('acme', activeOrg('acme'), false)).toBe('ready');
  });

  it('shows nothing of either org while the URL follows a new active org', () => {
    expect(orgRoutePhase('acme', activeOrg('globex'), false)).toBe('following');
    expect(orgRoutePhase('acme', activeOrg(null), false)).toBe('no-org');
  });

  it('says so when the switch to the URL’s org failed', () => {
    expect(orgRoutePhase('globex', activeOrg('acme'), true)).toBe('switch-failed');
  });

  it('shows "no access" for an org the user is not in, whatever the loader did', () => {
    expect(orgRoutePhase('hooli', activeOrg('acme'), false)).toBe('no-access');
    expect(orgRoutePhase('hooli', activeOrg('acme'), true)).toBe('no-access');
  });
});
