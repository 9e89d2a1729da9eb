import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ActiveOrg } from '../api/contract/active-org';
import * as announcer from '../components/ui/announcer';
import { activeOrgQueryOptions } from '../features/active-org/active-org-query';
import { activeOrgKey, orgKey } from '../features/active-org/org-keys';
import { switchOrg } from '../features/active-org/switch-org';
import { signInAs, TOKENS } from '../test/api';
import { followActiveOrg } from './follow-active-org';
import { createQueryClient } from './query-client';

const activeOrg = (slug: string, orgs = ['acme', 'globex']): ActiveOrg => ({
  org: {
    id: `org_${slug}`,
    slug,
    name: slug.toUpperCase(),
    branding: {},
    // Members is a page of every org here: the landing rule keeps the user on it.
    navigation: {
      menu: [
        {
          id: 'members',
          type: 'item',
          label: 'Members',
          href: '/members',
          permissions: [],
          features: [],
        },
      ],
      footer: [],
      quickActions: [],
    },
    role: { slug: 'OWNER', permissions: [], scopes: [] },
    groups: [],
  },
  permissions: [],
  organizations: orgs.map((s) => ({ slug: s, name: s.toUpperCase(), groups: [] })),
});

/** A client showing Acme at `pathname`, followed by a router that records where it is sent. */
function follow(pathname = '/o/acme/members', client = new QueryClient()) {
  if (!client.getQueryData(activeOrgKey)) client.setQueryData(activeOrgKey, activeOrg('acme'));
  const router = {
    state: { location: { pathname }, navigation: { location: undefined } },
    navigate: vi.fn(() => Promise.resolve()),
  };
  const announce = vi.spyOn(announcer, 'announce');
  const stop = followActiveOrg(client, router as unknown as Parameters<typeof followActiveOrg>[1]);
  return { client, router, announce, stop };
}

describe('followActiveOrg', () => {
  it("drops every query of the previous org and keeps the others'", () => {
    const { client } = follow();
    client.setQueryData(orgKey('org_acme', 'details'), { name: 'ACME' });
    client.setQueryData(orgKey('org_acme', 'members', 2), ['m']);
    client.setQueryData(orgKey('org_globex', 'details'), { name: 'GLOBEX' });

    client.setQueryData(activeOrgKey, activeOrg('globex'));

    expect(client.getQueryData(orgKey('org_acme', 'details'))).toBeUndefined();
    expect(client.getQueryData(orgKey('org_acme', 'members', 2))).toBeUndefined();
    expect(client.getQueryData(orgKey('org_globex', 'details'))).toEqual({ name: 'GLOBEX' });
  });

  it('cancels what the previous org still had in flight', async () => {
    const { client } = follow();
    let aborted = false;
    const pending = client.query({
      queryKey: orgKey('org_acme', 'details'),
      queryFn: ({ signal }) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve(null);
          });
        }),
    });
    client.setQueryData(activeOrgKey, activeOrg('globex'));
    await expect(pending).rejects.toThrow();
    expect(aborted).toBe(true);
  });

  it('moves the URL to the same page in the new org, in the same task as the switch', async () => {
    signInAs(TOKENS.olivia);
    const client = createQueryClient();
    await client.query(activeOrgQueryOptions());
    const { router, announce } = follow('/o/acme/members', client);
    // Subscribed after the follower: sees the cache write after the follower has handled it.
    const navigatedWhenApplied: boolean[] = [];
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') {
        navigatedWhenApplied.push(router.navigate.mock.calls.length > 0);
      }
    });

    await switchOrg(client, 'globex');

    expect(router.navigate).toHaveBeenCalledExactlyOnceWith('/o/globex/members', {
      replace: false,
      flushSync: true,
    });
    expect(navigatedWhenApplied).toEqual([true]);
    expect(announce).toHaveBeenCalledWith('Switched to Globex.');
  });

  it('follows a re-read that found another org, replacing the URL, and says so', async () => {
    const { client, router, announce } = follow();
    await client.query({ queryKey: activeOrgKey, queryFn: () => activeOrg('globex') });
    expect(router.navigate).toHaveBeenCalledWith('/o/globex/members', {
      replace: true,
      flushSync: true,
    });
    expect(announce).toHaveBeenCalledWith('Switched to GLOBEX in another tab or window.');
  });

  it("says so when the previous org is gone from the user's list", async () => {
    const { client, announce } = follow();
    await client.query({
      queryKey: activeOrgKey,
      queryFn: () => activeOrg('globex', ['globex']),
    });
    expect(announce).toHaveBeenCalledWith('ACME is no longer available. Switched to GLOBEX.');
  });

  it('leaves a URL already in the new org (a deep link) alone', () => {
    const { client, router } = follow('/o/globex/audit-log');
    client.setQueryData(activeOrgKey, activeOrg('globex'));
    expect(router.navigate).not.toHaveBeenCalled();
  });

  it('changes nothing when the org stays the same, and stops when asked', () => {
    const { client, router, stop } = follow();
    client.setQueryData(orgKey('org_acme', 'details'), { name: 'ACME' });
    client.setQueryData(activeOrgKey, activeOrg('acme'));
    expect(client.getQueryData(orgKey('org_acme', 'details'))).toEqual({ name: 'ACME' });
    stop();
    client.setQueryData(activeOrgKey, activeOrg('globex'));
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
