import { describe, expect, it } from 'vitest';
import { ActiveOrgSchema } from '../api/contract/active-org';
import { orgRef } from '../features/active-org/org-keys';
import { config } from '../config';
import { callApi, TOKENS } from '../test/api';
import aitronos200 from './documents/000-current-organization-200.json' with { type: 'json' };
import dual200 from './documents/002-organizations-switch-200.json' with { type: 'json' };
import example from './documents/003-active-org.json' with { type: 'json' };
import organization200 from './documents/004-organization-200.json' with { type: 'json' };
import organization400 from './documents/004-organization-400.json' with { type: 'json' };
import organization403 from './documents/004-organization-403.json' with { type: 'json' };
import organization404 from './documents/004-organization-404.json' with { type: 'json' };
import organization500 from './documents/004-organization-500.json' with { type: 'json' };

const PRINTED = encodeURIComponent('<string>');
const ADMIN = 'documented-admin';
const dora = (method: string, path: string, body?: unknown) =>
  callApi(method, path, TOKENS.dora, body);

describe('Dora Documented: the documents as the server', () => {
  it("answers seeds/003's example: org and permissions as printed, one more org listed", async () => {
    const { status, body } = await dora('GET', '/v2/user/active-org');
    expect(status).toBe(200);
    const { organizations, ...rest } = body as typeof example;
    const { organizations: printedOrganizations, ...printedRest } = example;
    expect(rest).toEqual(printedRest);
    expect(organizations[0]).toEqual(printedOrganizations[0]);
    expect(organizations[1]).toEqual({
      ...printedOrganizations[0],
      slug: ADMIN,
      name: 'Documented Admin',
      roleSlug: 'administrator',
    });
  });

  it('is a valid ActiveOrg without org.id: the console addresses the org by its slug', async () => {
    const activeOrg = await ActiveOrgSchema.parseAsync(
      (await dora('GET', '/v2/user/active-org')).body,
    );
    expect(activeOrg.org?.id).toBeUndefined();
    expect(activeOrg.org && orgRef(activeOrg.org)).toBe('<string>');
    expect(activeOrg.permissions).toEqual(['<string>']);
  });

  it('switches by the example request body, and to the administered org', async () => {
    const printed = await dora('PUT', '/v2/user/active-org', { orgSlug: '<string>' });
    expect(printed.body).toMatchObject({ org: example.org, permissions: example.permissions });
    const admin = await dora('PUT', '/v2/user/active-org', { orgSlug: ADMIN });
    expect(admin.body).toEqual({
      ...(printed.body as object),
      org: {
        ...example.org,
        slug: ADMIN,
        name: 'Documented Admin',
        role: { ...example.org.role, slug: 'administrator' },
      },
    });
    expect((await dora('GET', '/v2/user/active-org')).body).toEqual(admin.body);
  });

  it("answers seeds/004's organization to a read", async () => {
    expect(await dora('GET', `/organization/${PRINTED}`)).toEqual({
      status: 200,
      body: organization200,
    });
  });

  it("answers seeds/004's bodies to updates: 403 for a role that is not an editor's, 400, 200, 404", async () => {
    expect(await dora('PUT', `/organization/${PRINTED}`, { city: 'Reno' })).toEqual({
      status: 403,
      body: organization403,
    });
    expect(await dora('PUT', `/organization/${ADMIN}`, {})).toEqual({
      status: 400,
      body: organization400,
    });
    expect(await dora('PUT', `/organization/${ADMIN}`, { city: 'Reno' })).toEqual({
      status: 200,
      body: organization200,
    });
    expect(await dora('PUT', '/organization/no-such-org', { city: 'Reno' })).toEqual({
      status: 404,
      body: organization404,
    });
  });

  it("answers seeds/004's 500 body when the documented fault is armed", async () => {
    await callApi('POST', '/__mock/faults', undefined, {
      endpoint: 'org:update',
      fault: { type: 'documented', status: 500 },
      times: 1,
    });
    expect(await dora('PUT', `/organization/${ADMIN}`, { city: 'Reno' })).toEqual({
      status: 500,
      body: organization500,
    });
  });

  it("answers the profiles' switches with seeds/000, 001 and 002 as printed", async () => {
    const aitronos = await fetch(`${config.apiBaseUrl}/v1/user/current-organization`, {
      method: 'PUT',
      headers: { 'X-API-Key': TOKENS.dora, 'Content-Type': 'application/json' },
      body: JSON.stringify({ organization_id: ADMIN }),
    });
    expect(await aitronos.json()).toEqual(aitronos200);
    expect(await dora('POST', '/api/session/org', { organizationId: '<string>' })).toEqual({
      status: 200,
      body: {},
    });
    expect(await dora('POST', '/organizations/switch', { id: ADMIN })).toEqual({
      status: 200,
      body: dual200,
    });
    // DUAL's new token replaces the old one: the printed "string".
    expect((await dora('GET', '/v2/user/active-org')).status).toBe(401);
    const read = await callApi('GET', '/v2/user/active-org', dual200.access_token);
    expect(read.body).toMatchObject({ org: { slug: ADMIN } });
  });
});
