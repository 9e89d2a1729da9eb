import type { Page, Request } from '@playwright/test';
import type { FaultRequest } from '../src/mocks/faults';
import { expect, persona, signIn, test } from './fixtures';
import { E2E_PORTS, type E2eProfile } from './ports';

// Runs in the profile-<name> projects only, each on its own build (dist-e2e-<name>: its config.json names the profile).
type ProfileCase = {
  method: 'PUT' | 'POST';
  path: string;
  /** The credential header the switch must carry, and its value for a token. */
  header: (token: string) => [string, string];
  body: (orgId: string) => unknown;
  fault: FaultRequest['fault'];
  message: string;
};

const CASES: Record<E2eProfile, ProfileCase> = {
  aitronos: {
    method: 'PUT',
    path: '/v1/user/current-organization',
    header: (token) => ['x-api-key', token],
    body: (id) => ({ organization_id: id }),
    fault: {
      type: 'status',
      status: 403,
      envelope: 'aitronos',
      message: 'You do not have permission to access this resource.',
    },
    message: 'You do not have permission to access this resource.',
  },
  slugbase: {
    method: 'POST',
    path: '/api/session/org',
    header: (token) => ['authorization', `Bearer ${token}`],
    body: (id) => ({ organizationId: id }),
    fault: { type: 'status', status: 500, envelope: 'flashback', message: 'Session store offline' },
    message: 'Session store offline',
  },
  dual: {
    method: 'POST',
    path: '/organizations/switch',
    header: (token) => ['authorization', `Bearer ${token}`],
    body: (id) => ({ id }),
    fault: { type: 'status', status: 403, envelope: 'dual', message: 'Wallet is not a member' },
    message: 'Wallet is not a member',
  },
};

function caseOf(apiProfile: E2eProfile | 'console'): ProfileCase {
  if (apiProfile === 'console') throw new Error('profiles.spec.ts runs in the profile-* projects');
  return CASES[apiProfile];
}

const mockUrl = `http://127.0.0.1:${E2E_PORTS.mock}`;
const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function switchTo(page: Page, orgName: string) {
  await switcher(page).click();
  await page.getByRole('option', { name: new RegExp(`^${orgName}`) }).click();
}

/** Every request the page sends to the mock API, as "METHOD /path". */
function recordApiCalls(page: Page) {
  const calls: Request[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(mockUrl) && request.method() !== 'OPTIONS') calls.push(request);
  });
  return calls;
}
const describe = (request: Request) => `${request.method()} ${new URL(request.url()).pathname}`;

test.describe('backend profiles', () => {
  test("signs in and switches through the profile's own endpoint", async ({ page, apiProfile }) => {
    const profile = caseOf(apiProfile);
    await signIn(page, 'Olivia Owner', '/o/acme/members');
    await expect(heading(page)).toHaveText('Members');

    const calls = recordApiCalls(page);
    await switchTo(page, 'Initech');
    await expect(page).toHaveURL(/\/o\/initech\/members$/);
    await expect(switcher(page)).toHaveAccessibleName(/^Switch organization: Initech, Member/);
    await expect(page.getByText('Members of Initech.')).toBeVisible();
    await expect(page.getByText('Acme Corporation')).toHaveCount(0);

    // The profile's switch, then one read of the context it does not carry.
    expect(calls.map(describe)).toEqual([
      `${profile.method} ${profile.path}`,
      'GET /v2/user/active-org',
    ]);
    const [switchCall] = calls;
    expect(switchCall?.postDataJSON()).toEqual(profile.body('org_initech'));
    const [name, value] = profile.header(persona('Olivia Owner').token);
    expect(switchCall?.headers()[name]).toBe(value);
  });

  test("a refused switch keeps the org and shows the profile's message", async ({
    page,
    mock,
    apiProfile,
  }) => {
    const profile = caseOf(apiProfile);
    await signIn(page, 'Olivia Owner', '/o/acme');
    await expect(heading(page)).toHaveText('Acme Corporation');
    await mock.fault({ endpoint: 'active-org:switch', fault: profile.fault, times: 1 });
    await switchTo(page, 'Globex');
    await expect(page.getByRole('alert')).toHaveText(
      `Could not switch organization: ${profile.message}`,
    );
    await expect(page).toHaveURL(/\/o\/acme$/);
    await expect(heading(page)).toHaveText('Acme Corporation');
  });

  test('DUAL: the rotated token is sent next and the old one is refused', async ({
    page,
    request,
    apiProfile,
  }) => {
    test.skip(apiProfile !== 'dual', 'DUAL only');
    const oldToken = persona('Olivia Owner').token;
    await signIn(page, 'Olivia Owner', '/o/acme');
    await expect(heading(page)).toHaveText('Acme Corporation');

    const calls = recordApiCalls(page);
    const switched = page.waitForResponse((r) => r.url().endsWith('/organizations/switch'));
    await switchTo(page, 'Globex');
    const { access_token: newToken } = (await (await switched).json()) as {
      access_token: string;
    };
    expect(newToken).not.toBe(oldToken);
    await expect(heading(page)).toHaveText('Globex');
    // The read after the switch carried the new token, and the mock accepted it.
    const read = calls.find((c) => describe(c) === 'GET /v2/user/active-org');
    expect(read?.headers().authorization).toBe(`Bearer ${newToken}`);
    expect((await read?.response())?.status()).toBe(200);

    // The mock now refuses the old token on every endpoint, and takes the new one.
    const withToken = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
    expect((await request.get(`${mockUrl}/v2/user/active-org`, withToken(oldToken))).status()).toBe(
      401,
    );
    expect(
      (await request.get(`${mockUrl}/organization/org_globex`, withToken(oldToken))).status(),
    ).toBe(401);
    const current = await request.get(`${mockUrl}/v2/user/active-org`, withToken(newToken));
    expect(current.status()).toBe(200);
    expect(((await current.json()) as { org: { slug: string } }).org.slug).toBe('globex');

    // The page keeps working on the new token: a reload, then a switch back by link (which
    // rotates again).
    await page.reload();
    await expect(heading(page)).toHaveText('Globex');
    await page.goto('/o/acme/members');
    await expect(heading(page)).toHaveText('Members');
    await expect(switcher(page)).toHaveAccessibleName(/Acme Corporation, Owner/);
    await expect(page.getByLabel('API token')).toHaveCount(0);
    expect((await request.get(`${mockUrl}/v2/user/active-org`, withToken(newToken))).status()).toBe(
      401,
    );
  });
});
