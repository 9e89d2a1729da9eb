import { describe, expect, it } from 'vitest';
import { ActiveOrgSchema } from '../api/contract/active-org';
import { OrgDetailsResponseSchema } from '../api/contract/org-details';
import { callApi, TOKENS } from '../test/api';

describe('mock backend: active org', () => {
  it('answers 401 without a credential or with an unknown one', async () => {
    expect((await callApi('GET', '/v2/user/active-org')).status).toBe(401);
    expect((await callApi('GET', '/v2/user/active-org', 'nope')).status).toBe(401);
  });

  it("returns the persona's active org in the contract's shape", async () => {
    const { status, body } = await callApi('GET', '/v2/user/active-org', TOKENS.olivia);
    expect(status).toBe(200);
    const activeOrg = await ActiveOrgSchema.parseAsync(body);
    expect(activeOrg.org?.slug).toBe('acme');
    expect(activeOrg.org?.role.slug).toBe('OWNER');
    expect(activeOrg.organizations.map((o) => [o.slug, o.roleSlug])).toEqual([
      ['acme', 'OWNER'],
      ['globex', 'ADMINISTRATOR'],
      ['initech', 'MEMBER'],
      ['umbrella', 'VIEWER'],
    ]);
  });

  it('gives a user with no organization org null and an empty list', async () => {
    const { body } = await callApi('GET', '/v2/user/active-org', TOKENS.nora);
    expect(await ActiveOrgSchema.parseAsync(body)).toEqual({
      org: null,
      permissions: [],
      organizations: [],
    });
  });

  it('has a persona with 300 organizations', async () => {
    const { body } = await callApi('GET', '/v2/user/active-org', TOKENS.max);
    expect((await ActiveOrgSchema.parseAsync(body)).organizations).toHaveLength(300);
  });

  it('switches and keeps the new active org between requests', async () => {
    const put = await callApi('PUT', '/v2/user/active-org', TOKENS.olivia, { orgSlug: 'globex' });
    expect(put.status).toBe(200);
    const switched = await ActiveOrgSchema.parseAsync(put.body);
    expect(switched.org?.slug).toBe('globex');
    expect(switched.org?.role.slug).toBe('ADMINISTRATOR');
    expect(switched.permissions).toContain('members.manage');
    const read = await callApi('GET', '/v2/user/active-org', TOKENS.olivia);
    expect((await ActiveOrgSchema.parseAsync(read.body)).org?.slug).toBe('globex');
  });

  it('refuses to switch to an org the user is not in (403), an unknown one (404) or nothing (400)', async () => {
    expect(
      (await callApi('PUT', '/v2/user/active-org', TOKENS.olivia, { orgSlug: 'hooli' })).status,
    ).toBe(403);
    expect(
      (await callApi('PUT', '/v2/user/active-org', TOKENS.olivia, { orgSlug: 'nope' })).status,
    ).toBe(404);
    expect((await callApi('PUT', '/v2/user/active-org', TOKENS.olivia, {})).status).toBe(400);
    const read = await callApi('GET', '/v2/user/active-org', TOKENS.olivia);
    expect((await ActiveOrgSchema.parseAsync(read.body)).org?.slug).toBe('acme');
  });

  it('starts afresh after a reset', async () => {
    await callApi('PUT', '/v2/user/active-org', TOKENS.olivia, { orgSlug: 'globex' });
    expect((await callApi('POST', '/__mock/reset')).status).toBe(204);
    const read = await callApi('GET', '/v2/user/active-org', TOKENS.olivia);
    expect((await ActiveOrgSchema.parseAsync(read.body)).org?.slug).toBe('acme');
  });
});

describe('mock backend: organization details', () => {
  it('reads details by org id or by slug for members only', async () => {
    const byId = await callApi('GET', '/organization/org_acme', TOKENS.olivia);
    expect(OrgDetailsResponseSchema.parse(byId.body).data.name).toBe('Acme Corporation');
    expect((await callApi('GET', '/organization/acme', TOKENS.olivia)).status).toBe(200);
    expect((await callApi('GET', '/organization/org_hooli', TOKENS.olivia)).status).toBe(403);
    expect((await callApi('GET', '/organization/org_nope', TOKENS.olivia)).status).toBe(404);
    expect((await callApi('GET', '/organization/org_acme')).status).toBe(401);
  });

  it('applies only the fields sent, ignores read-only ones and keeps the rest', async () => {
    const put = await callApi('PUT', '/organization/org_globex', TOKENS.olivia, {
      city: 'Lyon',
      domain: 'evil.example.com',
      website: 'https://evil.example.com',
      deletedAt: '2020-01-01T00:00:00Z',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ success: true, message: 'Organization updated successfully' });
    const details = OrgDetailsResponseSchema.parse(
      (await callApi('GET', '/organization/org_globex', TOKENS.olivia)).body,
    ).data;
    expect(details).toMatchObject({
      city: 'Lyon',
      address1: '12 Rue de Rivoli',
      domain: 'globex.example.com',
      website: 'https://globex.example.com',
      deletedAt: null,
    });
  });

  it('renames the org everywhere the active org shows it', async () => {
    await callApi('PUT', '/organization/org_acme', TOKENS.olivia, { name: 'Acme Renamed' });
    const { body } = await callApi('GET', '/v2/user/active-org', TOKENS.olivia);
    const activeOrg = await ActiveOrgSchema.parseAsync(body);
    expect(activeOrg.org?.name).toBe('Acme Renamed');
    expect(activeOrg.organizations[0]?.name).toBe('Acme Renamed');
  });

  it('answers 400 "No valid fields to update" when nothing editable is sent', async () => {
    const put = await callApi('PUT', '/organization/org_acme', TOKENS.olivia, { domain: 'x.com' });
    expect(put).toEqual({
      status: 400,
      body: { success: false, data: null, message: 'No valid fields to update' },
    });
  });

  it('answers 400 with a message for an invalid value', async () => {
    const put = await callApi('PUT', '/organization/org_acme', TOKENS.olivia, { name: '   ' });
    expect(put.status).toBe(400);
    expect(put.body?.message).toMatch(/name/);
    expect(
      (await callApi('PUT', '/organization/org_acme', TOKENS.olivia, { country: 'USA' })).status,
    ).toBe(400);
  });

  it('lets only OWNER and ADMINISTRATOR update', async () => {
    expect(
      (await callApi('PUT', '/organization/org_acme', TOKENS.olivia, { city: 'A' })).status,
    ).toBe(200);
    expect(
      (await callApi('PUT', '/organization/org_globex', TOKENS.olivia, { city: 'B' })).status,
    ).toBe(200);
    const member = await callApi('PUT', '/organization/org_initech', TOKENS.olivia, { city: 'C' });
    expect(member.status).toBe(403);
    expect(member.body?.message).toMatch(/only OWNER and ADMINISTRATOR/);
    expect(
      (await callApi('PUT', '/organization/org_umbrella', TOKENS.olivia, { city: 'D' })).status,
    ).toBe(403);
    expect((await callApi('PUT', '/organization/org_acme', TOKENS.sam, { city: 'E' })).status).toBe(
      403,
    );
  });
});

describe('mock backend: faults', () => {
  it('injects a status in the chosen envelope, a fixed number of times', async () => {
    await callApi('POST', '/__mock/faults', undefined, {
      endpoint: 'active-org:read',
      fault: { type: 'status', status: 500, envelope: 'dual', message: 'Database on fire' },
      times: 1,
    });
    const failed = await callApi('GET', '/v2/user/active-org', TOKENS.olivia);
    expect(failed).toEqual({
      status: 500,
      body: { code: 500, message: 'Database on fire', details: {} },
    });
    expect((await callApi('GET', '/v2/user/active-org', TOKENS.olivia)).status).toBe(200);
  });

  it('serves an HTML page or a malformed body until cleared', async () => {
    await callApi('POST', '/__mock/faults', undefined, {
      endpoint: 'org:read',
      fault: { type: 'html' },
    });
    const html = await fetch('http://api.test/organization/org_acme');
    expect(html.status).toBe(502);
    expect(await html.text()).toContain('<html>');
    await callApi('POST', '/__mock/faults', undefined, {
      endpoint: 'org:read',
      fault: { type: 'malformed' },
    });
    await expect(callApi('GET', '/organization/org_acme', TOKENS.olivia)).rejects.toThrow(
      SyntaxError,
    );
    await callApi('DELETE', '/__mock/faults');
    expect((await callApi('GET', '/organization/org_acme', TOKENS.olivia)).status).toBe(200);
  });

  it('refuses a fault it does not know', async () => {
    const bad = await callApi('POST', '/__mock/faults', undefined, {
      endpoint: 'everything',
      fault: {},
    });
    expect(bad.status).toBe(400);
  });
});
