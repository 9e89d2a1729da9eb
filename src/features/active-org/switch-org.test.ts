import { matchQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../../api/contract/active-org';
import { getCredential } from '../../api/credential';
import { createQueryClient } from '../../app/query-client';
import { mockBackend, mockServer } from '../../mocks/node';
import { signInAs, TOKENS } from '../../test/api';
import { activeOrgQueryOptions } from './active-org-query';
import { activeOrgKey, isSwitching, switchOrgKey } from './org-keys';
import { switchOrg } from './switch-org';

async function signedInClient() {
  signInAs(TOKENS.olivia);
  const client = createQueryClient();
  await client.query(activeOrgQueryOptions());
  return client;
}
const shownSlug = (client: ReturnType<typeof createQueryClient>) =>
  client.getQueryData<ActiveOrg>(activeOrgKey)?.org?.slug;

/** Every slug the active-org cache took, in order. */
function recordApplied(client: ReturnType<typeof createQueryClient>) {
  const applied: (string | undefined)[] = [];
  client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && matchQuery({ queryKey: activeOrgKey }, event.query)) {
      applied.push((event.query.state.data as ActiveOrg | undefined)?.org?.slug);
    }
  });
  return applied;
}

/** The switch requests the server received: when each started and ended, by org. */
function holdSwitches() {
  const log: string[] = [];
  const releases = new Map<string, () => void>();
  mockServer.use(
    http.put('*/v2/user/active-org', async ({ request }) => {
      const { orgSlug } = (await request.clone().json()) as { orgSlug: string };
      log.push(`start ${orgSlug}`);
      await new Promise<void>((resolve) => releases.set(orgSlug, resolve));
      log.push(`end ${orgSlug}`);
      return undefined;
    }),
  );
  const release = async (slug: string) => {
    await expect.poll(() => releases.has(slug)).toBe(true);
    releases.get(slug)?.();
  };
  return { log, release };
}

describe('the switch', () => {
  it('runs in one scope: B ends before C starts, and only C, the latest, is applied', async () => {
    const client = await signedInClient();
    const applied = recordApplied(client);
    const { log, release } = holdSwitches();

    const b = switchOrg(client, 'globex');
    await expect.poll(() => log).toEqual(['start globex']);
    const c = switchOrg(client, 'initech');
    expect(isSwitching(client)).toBe(true);
    await release('globex');
    await release('initech');
    await Promise.all([b, c]);

    expect(log).toEqual(['start globex', 'end globex', 'start initech', 'end initech']);
    expect(applied).toEqual(['initech']);
    expect(shownSlug(client)).toBe('initech');
    expect(isSwitching(client)).toBe(false);
  });

  it('sends nothing for a switch whose turn comes after a later choice: B, C, D sends B and D', async () => {
    const client = await signedInClient();
    const applied = recordApplied(client);
    const { log, release } = holdSwitches();

    const b = switchOrg(client, 'globex');
    await expect.poll(() => log).toEqual(['start globex']);
    const switches = [b, ...['initech', 'umbrella'].map((slug) => switchOrg(client, slug))];
    await release('globex');
    await release('umbrella');
    await Promise.all(switches);

    expect(log).toEqual(['start globex', 'end globex', 'start umbrella', 'end umbrella']);
    expect(applied).toEqual(['umbrella']);
  });

  it('a failed latest switch leaves the org in place and is the one reported', async () => {
    const client = await signedInClient();
    mockBackend.faults.set({
      endpoint: 'active-org:switch',
      fault: { type: 'status', status: 503, envelope: 'flashback', message: 'Down' },
      times: 1,
    });
    await expect(switchOrg(client, 'globex')).rejects.toMatchObject({ status: 503 });
    expect(shownSlug(client)).toBe('acme');
  });

  it('a switch refused with 401 ends the session and leaves nothing behind for the next one', async () => {
    const client = await signedInClient();
    mockServer.use(
      http.put('*/v2/user/active-org', () =>
        HttpResponse.json({ success: false, message: 'Token expired' }, { status: 401 }),
      ),
    );
    await expect(switchOrg(client, 'globex')).rejects.toMatchObject({ status: 401 });
    expect(getCredential()).toBeNull();
    expect(client.getMutationCache().findAll({ mutationKey: switchOrgKey })).toEqual([]);
    expect(client.getQueryData(activeOrgKey)).toBeUndefined();
  });

  it('a re-read that lands during a switch does not show the org the server had meanwhile', async () => {
    const client = await signedInClient();
    const applied = recordApplied(client);
    const { release } = holdSwitches();
    const switching = switchOrg(client, 'initech');
    // Meanwhile the session is on another org (another tab): a re-read answers with it.
    const olivia = mockBackend.db.userByCredential(TOKENS.olivia);
    if (olivia) mockBackend.db.setActiveOrg(olivia, 'umbrella');
    await client.refetchQueries({ queryKey: activeOrgKey });
    expect(shownSlug(client)).toBe('acme');

    await release('initech');
    await switching;
    expect(shownSlug(client)).toBe('initech');
    expect(applied.filter((slug) => slug === 'umbrella')).toEqual([]);
  });
});
