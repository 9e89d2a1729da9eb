import { describe, expect, it } from 'vitest';
import { getCredential, setCredential } from '../credential';
import { config, type ApiProfile } from '../../config';
import { mockServer } from '../../mocks/node';
import { callApi, TOKENS } from '../../test/api';
import { sendOrgSwitch } from '.';

type Case = { profile: ApiProfile; auth: 'bearer' | 'api-key'; path: string; calls: string[] };
const READ = 'GET /v2/user/active-org';
const PROFILES: Case[] = [
  { profile: 'console', auth: 'bearer', path: '/v2/user/active-org', calls: [] },
  { profile: 'aitronos', auth: 'api-key', path: '/v1/user/current-organization', calls: [READ] },
  { profile: 'slugbase', auth: 'bearer', path: '/api/session/org', calls: [READ] },
  { profile: 'dual', auth: 'bearer', path: '/organizations/switch', calls: [READ] },
];

function recordCalls() {
  const calls: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    calls.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  mockServer.events.on('request:start', listener);
  return { calls, stop: () => mockServer.events.removeListener('request:start', listener) };
}

describe.each(PROFILES)(
  'sendOrgSwitch under the $profile profile',
  ({ profile, auth, path, calls }) => {
    const use = () => {
      config.profile = profile;
      config.auth = auth;
      setCredential(TOKENS.olivia);
    };

    it('resolves to the whole new context, by id when known and by slug otherwise', async () => {
      use();
      const recorder = recordCalls();
      const next = await sendOrgSwitch({ slug: 'globex', id: 'org_globex' });
      recorder.stop();
      // The profile's own endpoint, then (when its answer is not the context) exactly one read.
      const method = profile === 'console' || profile === 'aitronos' ? 'PUT' : 'POST';
      expect(recorder.calls).toEqual([`${method} ${path}`, ...calls]);
      expect(next.org).toMatchObject({ slug: 'globex', name: 'Globex' });
      expect(next.org?.role.slug).toBe('ADMINISTRATOR');
      expect(next.permissions).toContain('members.manage');
      expect(next.organizations.find((o) => o.slug === 'acme')?.id).toBe('org_acme');
      const back = await sendOrgSwitch({ slug: 'initech' });
      expect(back.org?.slug).toBe('initech');
    });

    it("refuses an org the user is not in with the server's message, leaving the org in place", async () => {
      use();
      await expect(sendOrgSwitch({ slug: 'hooli', id: 'org_hooli' })).rejects.toMatchObject({
        kind: 'http',
        status: 403,
      });
      const read = await callApi('GET', '/v2/user/active-org', getCredential() ?? '');
      expect(read.body).toMatchObject({ org: { slug: 'acme' } });
    });

    it(`applies a fault armed on active-org:switch to ${path}`, async () => {
      use();
      await callApi('POST', '/__mock/faults', undefined, {
        endpoint: 'active-org:switch',
        fault: { type: 'status', status: 503, envelope: 'dual', message: `${profile} is down` },
        times: 1,
      });
      await expect(sendOrgSwitch({ slug: 'globex', id: 'org_globex' })).rejects.toMatchObject({
        status: 503,
        message: `${profile} is down`,
      });
    });
  },
);

describe('sendOrgSwitch under the dual profile', () => {
  it('stores the rotated token, which the next read uses; the old one is refused', async () => {
    config.profile = 'dual';
    setCredential(TOKENS.olivia);
    const next = await sendOrgSwitch({ slug: 'globex', id: 'org_globex' });
    expect(next.org?.slug).toBe('globex');
    const rotated = getCredential();
    expect(rotated).not.toBe(TOKENS.olivia);
    expect((await callApi('GET', '/v2/user/active-org', TOKENS.olivia)).status).toBe(401);
    expect((await callApi('GET', '/v2/user/active-org', rotated ?? '')).status).toBe(200);
  });
});
