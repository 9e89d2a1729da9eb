import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../api/contract/active-org';
import { ApiError } from '../api/api-error';
import type { OrgTransition } from '../features/active-org/org-transition';
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
const idle: OrgTransition = { pendingSlug: null, follow: null, failure: null };

describe('orgRoutePhase', () => {
  it("renders the URL's org when it is the active one", () => {
    expect(orgRoutePhase('acme', activeOrg('acme'), idle)).toBe('ready');
  });

  it('follows the active org when it changed (switch, other tab, server)', () => {
    const follow = { slug: 'globex', reason: 'elsewhere', from: 'acme' } as const;
    expect(orgRoutePhase('acme', activeOrg('globex'), { ...idle, follow })).toBe('follow');
    expect(orgRoutePhase('globex', activeOrg('globex'), { ...idle, follow })).toBe('ready');
    const gone = { slug: null, reason: 'removed', from: 'acme' } as const;
    expect(orgRoutePhase('acme', activeOrg(null), { ...idle, follow: gone })).toBe('no-org');
  });

  it("switches to another of the user's orgs named in the URL, once", () => {
    expect(orgRoutePhase('globex', activeOrg('acme'), idle)).toBe('deep-link');
    expect(orgRoutePhase('globex', activeOrg('acme'), { ...idle, pendingSlug: 'globex' })).toBe(
      'switching',
    );
    const failure = { slug: 'globex', error: new ApiError({ kind: 'http', message: 'no' }) };
    expect(orgRoutePhase('globex', activeOrg('acme'), { ...idle, failure })).toBe('switch-failed');
  });

  it('shows "no access" for an org the user is not in, and never switches to it', () => {
    expect(orgRoutePhase('hooli', activeOrg('acme'), idle)).toBe('no-access');
  });
});
