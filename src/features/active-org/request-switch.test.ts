import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../../api/contract/active-org';
import { getCredential } from '../../api/credential';
import { createQueryClient } from '../../app/query-client';
import { mockBackend, mockServer } from '../../mocks/node';
import { signInAs, TOKENS } from '../../test/api';
import { activeOrgKey } from './active-org-keys';
import { activeOrgQueryOptions } from './active-org-query';
import { getOrgTransition } from './org-transition';
import { requestSwitch, resetSwitching } from './request-switch';

afterEach(() => resetSwitching());

async function signedInClient() {
  signInAs(TOKENS.olivia);
  const client = createQueryClient();
  await client.fetchQuery(activeOrgQueryOptions());
  return client;
}
const shownSlug = (client: ReturnType<typeof createQueryClient>) =>
  client.getQueryData<ActiveOrg>(activeOrgKey)?.org?.slug;

describe('requestSwitch', () => {
  it('a switch refused with 401 ends the session and leaves nothing behind for the next one', async () => {
    const client = await signedInClient();
    mockServer.use(
      http.put('*/v2/user/active-org', () =>
        HttpResponse.json({ success: false, message: 'Token expired' }, { status: 401 }),
      ),
    );
    await requestSwitch(client, 'globex');
    expect(getCredential()).toBeNull();
    expect(getOrgTransition()).toMatchObject({ pendingSlug: null, failure: null, follow: null });
  });

  it('a re-read that lands during a switch does not show the org the server had meanwhile', async () => {
    const client = await signedInClient();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    mockServer.use(
      http.put('*/v2/user/active-org', async () => {
        await held;
        return undefined;
      }),
    );
    const switching = requestSwitch(client, 'initech');
    // Meanwhile the session is on another org (another tab): a re-read answers with it.
    const olivia = mockBackend.db.userByCredential(TOKENS.olivia);
    if (olivia) mockBackend.db.setActiveOrg(olivia, 'umbrella');
    await client.refetchQueries({ queryKey: activeOrgKey });
    expect(shownSlug(client)).toBe('acme');
    expect(getOrgTransition().follow).toBeNull();

    release();
    await switching;
    expect(shownSlug(client)).toBe('initech');
    expect(getOrgTransition().follow).toMatchObject({ slug: 'initech', reason: 'switched' });
  });

  it('B then C: only C is applied', async () => {
    const client = await signedInClient();
    const applied: (string | undefined)[] = [];
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryKey[0] === 'active-org') {
        applied.push((event.query.state.data as ActiveOrg | undefined)?.org?.slug);
      }
    });
    const b = requestSwitch(client, 'globex');
    const c = requestSwitch(client, 'initech');
    await Promise.all([b, c]);
    expect(applied.filter((slug) => slug === 'globex')).toEqual([]);
    expect(shownSlug(client)).toBe('initech');
  });
});
