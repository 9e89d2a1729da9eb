import type { APIRequestContext, Page, Request } from '@playwright/test';
import { TEST_PASSWORD } from '../scripts/lib/test-oidc-users';
import { expect, expectNoAxeViolations, signOut, test } from './fixtures';
import { E2E_PORTS } from './ports';

// Runs in the `oidc` project: the OIDC-mode build, the test OpenID provider, and the mock server
// verifying the provider's access tokens.
const issuer = `http://127.0.0.1:${E2E_PORTS.oidcProvider}`;
const mockUrl = `http://127.0.0.1:${E2E_PORTS.mock}`;
const signInButton = (page: Page) =>
  page.getByRole('button', { name: 'Sign in with your organization account' });
const save = (page: Page) => page.getByRole('button', { name: 'Save changes' });
const saved = (page: Page) =>
  page.getByRole('form', { name: 'Organization settings' }).getByRole('status');

/** The test provider's controls (scripts/test-oidc-provider.ts). */
class Provider {
  constructor(private readonly request: APIRequestContext) {}
  async reset() {
    expect((await this.request.post(`${issuer}/__provider/reset`)).status()).toBe(204);
  }
  async accessTokenTtl(seconds: number) {
    const response = await this.request.put(`${issuer}/__provider/access-token-ttl`, {
      form: { seconds },
    });
    expect(response.status()).toBe(204);
  }
  /** Ends every session and grant: the next refresh is refused, the next sign-in asks again. */
  async revokeEverything() {
    expect((await this.request.post(`${issuer}/__provider/revoke`)).status()).toBe(204);
  }
}

/** Fills the provider's login form (its fields are public: README "Signing in"). */
async function logInAtProvider(page: Page, username: string) {
  await expect(page).toHaveURL(new RegExp(`^${issuer}/interaction/`));
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function signInThroughProvider(page: Page, username: string, path: string) {
  await page.goto(path);
  await signInButton(page).click();
  await logInAtProvider(page, username);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}

const bearerOf = (request: Request) =>
  /^Bearer (.+)$/.exec(request.headers().authorization ?? '')?.[1] ?? null;

/** The access token the page sends to the API, from its next request there. */
async function nextAccessToken(page: Page, action: () => Promise<unknown>) {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().startsWith(mockUrl) && !!bearerOf(r)),
    action(),
  ]);
  return bearerOf(request) ?? '';
}

/** Waits (in real time) until the mock backend refuses `token` as expired. */
async function untilRefused(request: APIRequestContext, token: string) {
  await expect
    .poll(
      async () =>
        (
          await request.get(`${mockUrl}/v2/user/active-org`, {
            headers: { Authorization: `Bearer ${token}` },
          })
        ).status(),
      { timeout: 15_000, intervals: [500] },
    )
    .toBe(401);
}

const isRefresh = (r: Request) =>
  r.url() === `${issuer}/token` && (r.postData() ?? '').includes('grant_type=refresh_token');

// Each journey goes through the provider's pages and back, some more than once.
test.describe.configure({ timeout: 60_000 });

let provider: Provider;
test.beforeEach(async ({ request }) => {
  provider = new Provider(request);
  await provider.reset();
});

test('signs in through the provider and lands on the page asked for', async ({ page }) => {
  await page.goto('/o/globex/settings');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fo%2Fglobex%2Fsettings$/);
  await expect(page.getByLabel('API token')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await signInButton(page).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer}/interaction/`));
  await page.getByLabel('Username').fill('olivia');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
  const token = await nextAccessToken(page, () => logInAtProvider(page, 'olivia'));

  await expect(page).toHaveURL(/\/o\/globex\/settings$/);
  await expect(page.getByLabel('Name')).toHaveValue('Globex');
  await expect(page.getByRole('banner')).toContainText('Globex');
  // A JWT from the provider, kept in this tab's sessionStorage and never in localStorage.
  expect(token.split('.')).toHaveLength(3);
  const stored = await page.evaluate(() => ({
    local: JSON.stringify(localStorage),
    session: JSON.stringify(sessionStorage),
  }));
  expect(stored.local).not.toContain(token);
  expect(stored.session).toContain(token);
  expect(page.url()).not.toContain(token);
  await expectNoAxeViolations(page);
});

test('switches organization and saves with the access token', async ({ page }) => {
  await signInThroughProvider(page, 'olivia', '/o/acme/settings');
  await page.getByRole('button', { name: /^Switch organization/ }).click();
  await page.getByRole('option', { name: /^Globex/ }).click();
  await expect(page).toHaveURL(/\/o\/globex\/settings$/, { timeout: 15_000 });
  await expect(page.getByLabel('Name')).toHaveValue('Globex');

  await page.getByLabel('City').fill('Cypress Creek');
  const token = await nextAccessToken(page, () => save(page).click());
  await expect(saved(page)).toContainText('Organization updated successfully');
  expect(token.split('.')).toHaveLength(3);
});

test('renews the access token before it expires, mid-edit, and the save goes through', async ({
  page,
}) => {
  // Tokens for 62 s: the client renews a minute before expiry, so 2 s after each one arrives.
  await provider.accessTokenTtl(62);
  const first = await nextAccessToken(page, () =>
    signInThroughProvider(page, 'sam', '/o/hooli/settings'),
  );
  await page.getByLabel('City').fill('Menlo Park');
  await page.waitForRequest(isRefresh);

  const used = await nextAccessToken(page, () => save(page).click());
  await expect(saved(page)).toContainText('Organization updated successfully');
  expect(used).not.toBe(first);
  await expect(page.getByLabel('City')).toHaveValue('Menlo Park');
  await expect(page).toHaveURL(/\/o\/hooli\/settings$/);
});

test('an access token that expired mid-edit is renewed on the 401 and the save goes through', async ({
  page,
  request,
}) => {
  const token = await signInWithExpiringToken(page);
  await page.getByLabel('City').fill('Menlo Park');
  await page.getByLabel('Phone').fill('+1 650 555 0100');
  await untilRefused(request, token);

  const statuses: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'PUT' && r.url().includes('/organization/'))
      statuses.push(r.status());
  });
  const refresh = page.waitForRequest(isRefresh);
  await save(page).click();
  await refresh;
  await expect(saved(page)).toContainText('Organization updated successfully');
  expect(statuses).toEqual([401, 200]);
  await expect(page).toHaveURL(/\/o\/hooli\/settings$/);
  await page.reload();
  await expect(page.getByLabel('City')).toHaveValue('Menlo Park');
  await expect(page.getByLabel('Phone')).toHaveValue('+1 650 555 0100');
});

test('a refresh that fails returns through sign-in with the draft restored', async ({
  page,
  request,
}) => {
  const token = await signInWithExpiringToken(page);
  await page.getByLabel('City').fill('Menlo Park');
  await provider.revokeEverything();
  await provider.accessTokenTtl(600);
  await untilRefused(request, token);

  await save(page).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fo%2Fhooli%2Fsettings$/);
  await expect(page.getByText('Your session ended. Sign in again')).toBeVisible();
  // The provider's session ended too: it asks for the password again.
  await signInButton(page).click();
  await logInAtProvider(page, 'sam');
  await expect(page).toHaveURL(/\/o\/hooli\/settings$/);
  // The same person is back: their draft is offered, and restored on request.
  await page
    .getByRole('region', { name: 'Unsaved changes' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByLabel('City')).toHaveValue('Menlo Park');
  await save(page).click();
  await expect(saved(page)).toContainText('Organization updated successfully');
});

test('signing out in one tab signs out the other and ends the provider session', async ({
  page,
  context,
}) => {
  await signInThroughProvider(page, 'olivia', '/o/acme');
  // A second tab signs in with one click: the provider still knows the user.
  const other = await context.newPage();
  await other.goto('/o/acme');
  await signInButton(other).click();
  await expect(other).toHaveURL(/\/o\/acme$/);
  await expect(other.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();

  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(other).toHaveURL(/\/sign-in\?returnTo=%2Fo%2Facme$/);
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('oidc.user');

  await signInButton(page).click();
  await expect(page.getByLabel('Username')).toBeVisible();
});

/**
 * Sam on Hooli's settings with a 3-second access token. The page's clock stands still (a laptop
 * asleep), so nothing renews ahead of time; the server's clock runs on, and the token expires there.
 */
async function signInWithExpiringToken(page: Page) {
  await page.clock.setFixedTime(new Date());
  await provider.accessTokenTtl(3);
  return nextAccessToken(page, () => signInThroughProvider(page, 'sam', '/o/hooli/settings'));
}
