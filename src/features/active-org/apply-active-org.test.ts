import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../../api/contract/active-org';
import { activeOrgKey } from './active-org-keys';
import { applyActiveOrg } from './apply-active-org';
import { orgKey } from './org-keys';
import { getOrgTransition, updateOrgTransition } from './org-transition';

const activeOrg = (slug: string, orgs = ['acme', 'globex']): ActiveOrg => ({
  org: {
    id: `org_${slug}`,
    slug,
    name: slug.toUpperCase(),
    branding: {},
    navigation: { menu: [], footer: [], quickActions: [] },
    role: { slug: 'OWNER', permissions: ['*'], scopes: [] },
    groups: [],
  },
  permissions: ['*'],
  organizations: orgs.map((s) => ({ slug: s, name: s.toUpperCase(), groups: [] })),
});

afterEach(() => updateOrgTransition({ pendingSlug: null, follow: null, failure: null }));

describe('applyActiveOrg', () => {
  it("drops every query of the previous org and keeps the others'", () => {
    const client = new QueryClient();
    client.setQueryData(activeOrgKey, activeOrg('acme'));
    client.setQueryData(orgKey('org_acme', 'details'), { name: 'ACME' });
    client.setQueryData(orgKey('org_acme', 'members', 2), ['m']);
    client.setQueryData(orgKey('org_globex', 'details'), { name: 'GLOBEX' });

    applyActiveOrg(client, activeOrg('globex'), 'switched');

    expect(client.getQueryData(orgKey('org_acme', 'details'))).toBeUndefined();
    expect(client.getQueryData(orgKey('org_acme', 'members', 2))).toBeUndefined();
    expect(client.getQueryData(orgKey('org_globex', 'details'))).toEqual({ name: 'GLOBEX' });
    expect(client.getQueryData<ActiveOrg>(activeOrgKey)?.org?.slug).toBe('globex');
    expect(getOrgTransition().follow).toEqual({ slug: 'globex', reason: 'switched', from: 'ACME' });
  });

  it('cancels what the previous org still had in flight', async () => {
    const client = new QueryClient();
    client.setQueryData(activeOrgKey, activeOrg('acme'));
    let aborted = false;
    const pending = client.fetchQuery({
      queryKey: orgKey('org_acme', 'details'),
      queryFn: ({ signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve(null);
          });
        }),
    });
    applyActiveOrg(client, activeOrg('globex'), 'switched');
    await expect(pending).rejects.toThrow();
    expect(aborted).toBe(true);
  });

  it("says so when the previous org is gone from the user's list", () => {
    const client = new QueryClient();
    client.setQueryData(activeOrgKey, activeOrg('acme'));
    applyActiveOrg(client, activeOrg('globex', ['globex']), 'elsewhere');
    expect(getOrgTransition().follow?.reason).toBe('removed');
  });

  it('changes nothing when the org stays the same', () => {
    const client = new QueryClient();
    client.setQueryData(activeOrgKey, activeOrg('acme'));
    client.setQueryData(orgKey('org_acme', 'details'), { name: 'ACME' });
    applyActiveOrg(client, activeOrg('acme'), 'elsewhere');
    expect(client.getQueryData(orgKey('org_acme', 'details'))).toEqual({ name: 'ACME' });
    expect(getOrgTransition().follow).toBeNull();
  });
});
