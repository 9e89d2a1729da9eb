import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { config } from '../../config';
import { mockServer } from '../../mocks/node';
import { DualSwitchResponseSchema } from '../contract/profiles/dual';
import { getCredential, setCredential } from '../credential';
import { dualSwitchRequest, readDualSwitch, sendSwitch } from './dual';

// seeds/002, verbatim.
const OK = {
  access_token: 'string',
  organization: {
    id: 'string',
    fqdn: 'string',
    name: 'string',
    image: {
      id: 'string',
      name: 'string',
      type: 'string',
      url: 'string',
      hash: 'string',
      is_public: true,
      when_created: '2019-08-24T14:15:22Z',
    },
    members: [
      {
        id: 'string',
        wallet_id: 'string',
        email: 'string',
        invite_status: 'pending',
        role_name: 'string',
        when_created: '2019-08-24T14:15:22Z',
        when_modified: '2019-08-24T14:15:22Z',
      },
    ],
    roles: [
      {
        id: 'string',
        name: 'string',
        description: 'string',
        permissions: [
          {
            resource: 'api-keys',
            crud: { read: true, create: true, update: true, delete: true },
          },
        ],
        when_created: '2019-08-24T14:15:22Z',
        when_modified: '2019-08-24T14:15:22Z',
      },
    ],
    description: 'string',
    account: { address: 'string', public_key: 'string', type: 'ED25519' },
    when_created: '2019-08-24T14:15:22Z',
    when_modified: '2019-08-24T14:15:22Z',
  },
};
const ERROR = { code: 0, message: 'string', details: {} };

const url = `${config.apiBaseUrl}/organizations/switch`;

describe('dual profile', () => {
  it('POSTs {id} with a bearer token', () => {
    expect(dualSwitchRequest({ slug: 'acme', id: 'org_acme' })).toMatchObject({
      method: 'POST',
      path: '/organizations/switch',
      body: { id: 'org_acme' },
      auth: 'bearer',
    });
  });

  it("reads the document's 200 answer and stores its access_token as the credential", () => {
    setCredential('old-token');
    const response = DualSwitchResponseSchema.parse(OK);
    expect(response.organization).toEqual(OK.organization);
    expect(readDualSwitch(response)).toBeNull();
    expect(getCredential()).toBe('string');
  });

  it('uses the new token for the very next request', async () => {
    setCredential('old-token');
    const seen: (string | null)[] = [];
    mockServer.use(
      http.post(url, ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json({ ...OK, access_token: 'new-token' });
      }),
    );
    await sendSwitch({ slug: 'acme', id: 'org_acme' });
    await sendSwitch({ slug: 'acme', id: 'org_acme' });
    expect(seen).toEqual(['Bearer old-token', 'Bearer new-token']);
  });

  it("shows the error envelope's message and keeps the old credential", async () => {
    setCredential('old-token');
    mockServer.use(http.post(url, () => HttpResponse.json(ERROR, { status: 400 })));
    await expect(sendSwitch({ slug: 'acme' })).rejects.toMatchObject({
      status: 400,
      code: '0',
      message: 'string',
    });
    expect(getCredential()).toBe('old-token');
  });

  it('refuses an answer without a token', async () => {
    setCredential('old-token');
    mockServer.use(http.post(url, () => HttpResponse.json({ organization: OK.organization })));
    await expect(sendSwitch({ slug: 'acme' })).rejects.toMatchObject({ kind: 'invalid-response' });
    expect(getCredential()).toBe('old-token');
  });
});
