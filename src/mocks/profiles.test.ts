import { describe, expect, it } from 'vitest';
import { ActiveOrgSchema } from '../api/contract/active-org';
import { AitronosErrorSchema, DualErrorSchema } from '../api/contract/error-envelopes';
import { AitronosSwitchResponseSchema } from '../api/contract/profiles/aitronos';
import { DualSwitchResponseSchema } from '../api/contract/profiles/dual';
import { config } from '../config';
import { callApi, TOKENS } from '../test/api';

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(`${config.apiBaseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const activeSlug = async (token: string) =>
  (await ActiveOrgSchema.parseAsync((await callApi('GET', '/v2/user/active-org', token)).body)).org
    ?.slug;

/** The keys of a JSON value, deeply (array items by their first element). */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return [shape(value[0])];
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v)]),
    );
  }
  return typeof value;
}

describe('mock backend: Aitronos switch', () => {
  const path = '/v1/user/current-organization';

  it('answers as seeds/000 and switches by org id', async () => {
    const { status, body } = await call(
      'PUT',
      path,
      { 'X-API-Key': TOKENS.olivia },
      {
        organization_id: 'org_globex',
      },
    );
    expect(status).toBe(200);
    expect(AitronosSwitchResponseSchema.parse(body)).toEqual({
      success: true,
      message: 'Operation completed successfully',
      current_organization_id: 'org_globex',
      organization: { id: 'org_globex', name: 'Globex', type: 'default' },
    });
    expect(await activeSlug(TOKENS.olivia)).toBe('globex');
  });

  it("refuses a bearer token with seeds/000's 401, and a non-member with its 403", async () => {
    const unauthenticated = await call('PUT', path, bearer(TOKENS.olivia), {
      organization_id: 'org_globex',
    });
    expect(unauthenticated.status).toBe(401);
    const { error } = AitronosErrorSchema.parse(unauthenticated.body);
    expect(error).toMatchObject({
      code: 'AUTHENTICATION_REQUIRED',
      message: 'Authentication required. Please provide a valid API key.',
      type: 'authentication_error',
      status: 401,
    });
    expect(error.trace_id).toMatch(/^req_/);
    const forbidden = await call(
      'PUT',
      path,
      { 'X-API-Key': TOKENS.olivia },
      {
        organization_id: 'org_hooli',
      },
    );
    expect(forbidden.status).toBe(403);
    expect(AitronosErrorSchema.parse(forbidden.body).error.code).toBe('INSUFFICIENT_PERMISSIONS');
    const missing = await call('PUT', path, { 'X-API-Key': TOKENS.olivia }, {});
    expect(missing.status).toBe(400);
    expect(await activeSlug(TOKENS.olivia)).toBe('acme');
  });
});

describe('mock backend: SlugBase switch', () => {
  const path = '/api/session/org';

  it('answers {} and switches', async () => {
    const { status, body } = await call('POST', path, bearer(TOKENS.olivia), {
      organizationId: 'org_initech',
    });
    expect([status, body]).toEqual([200, {}]);
    expect(await activeSlug(TOKENS.olivia)).toBe('initech');
  });

  it('requires Authorization: Bearer', async () => {
    const body = { organizationId: 'org_initech' };
    expect((await call('POST', path, { 'X-API-Key': TOKENS.olivia }, body)).status).toBe(401);
    expect((await call('POST', path, {}, body)).status).toBe(401);
    expect((await call('POST', path, bearer(TOKENS.olivia), { id: 'x' })).status).toBe(400);
    expect(
      (await call('POST', path, bearer(TOKENS.olivia), { organizationId: 'org_nope' })).status,
    ).toBe(404);
  });
});

describe('mock backend: DUAL switch', () => {
  const path = '/organizations/switch';

  it("answers in seeds/002's shape with a new token; the old one is refused everywhere", async () => {
    const { status, body } = await call('POST', path, bearer(TOKENS.olivia), { id: 'org_globex' });
    expect(status).toBe(200);
    const answer = DualSwitchResponseSchema.parse(body);
    expect(answer.access_token).not.toBe(TOKENS.olivia);
    expect(answer.organization).toMatchObject({ id: 'org_globex', name: 'Globex' });
    expect(answer.organization.members?.map((m) => m.role_name)).toEqual(['ADMINISTRATOR']);
    // Every field of the document's example, no more.
    const documented = {
      access_token: '',
      organization: {
        id: '',
        fqdn: '',
        name: '',
        description: '',
        when_created: '',
        when_modified: '',
        image: { id: '', name: '', type: '', url: '', hash: '', is_public: true, when_created: '' },
        members: [
          {
            id: '',
            wallet_id: '',
            email: '',
            invite_status: '',
            role_name: '',
            when_created: '',
            when_modified: '',
          },
        ],
        roles: [
          {
            id: '',
            name: '',
            description: '',
            when_created: '',
            when_modified: '',
            permissions: [
              { resource: '', crud: { read: true, create: true, update: true, delete: true } },
            ],
          },
        ],
        account: { address: '', public_key: '', type: '' },
      },
    };
    expect(shape(body)).toEqual(shape(documented));

    for (const [method, url] of [
      ['GET', '/v2/user/active-org'],
      ['GET', '/organization/org_globex'],
      ['POST', path],
    ] as const) {
      const old = await call(
        method,
        url,
        bearer(TOKENS.olivia),
        method === 'POST' ? { id: 'org_acme' } : undefined,
      );
      expect(old.status, `${method} ${url}`).toBe(401);
    }
    expect(await activeSlug(answer.access_token)).toBe('globex');

    const again = await call('POST', path, bearer(answer.access_token), { id: 'org_acme' });
    const next = DualSwitchResponseSchema.parse(again.body).access_token;
    expect(next).not.toBe(answer.access_token);
    expect((await callApi('GET', '/v2/user/active-org', answer.access_token)).status).toBe(401);
  });

  it('answers errors in its {code, message, details} envelope and gives the seed token back on reset', async () => {
    const refused = await call('POST', path, bearer(TOKENS.olivia), { id: 'org_hooli' });
    expect(refused.status).toBe(403);
    expect(DualErrorSchema.parse(refused.body)).toMatchObject({ code: 403, details: {} });
    expect((await call('POST', path, {}, { id: 'org_acme' })).status).toBe(401);

    await call('POST', path, bearer(TOKENS.olivia), { id: 'org_globex' });
    expect((await callApi('GET', '/v2/user/active-org', TOKENS.olivia)).status).toBe(401);
    await callApi('POST', '/__mock/reset');
    expect((await callApi('GET', '/v2/user/active-org', TOKENS.olivia)).status).toBe(200);
  });
});
