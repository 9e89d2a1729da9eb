import { test as base, expect, type Page } from '@playwright/test';

// The non-destructive journeys QA runs against a real backend (`npm run test:e2e:remote`).
// They read what the server says and check the console shows it; they never save, never call
// a mock's control endpoint, and leave the server's active org as they found it.
const API = process.env.E2E_API_BASE_URL ?? '';
const TOKEN = process.env.E2E_API_TOKEN ?? '';
const PROFILE = process.env.E2E_API_PROFILE ?? 'console';

type OrgSummary = { slug: string; name: string };
type ActiveOrgAnswer = { org: OrgSummary | null; organizations: OrgSummary[] };

/** The active org as the server has it: the contract's read (docs/contract.md). */
async function readActiveOrg(): Promise<ActiveOrgAnswer> {
  const headers: Record<string, string> =
    PROFILE === 'aitronos' ? { 'X-API-Key': TOKEN } : { Authorization: `Bearer ${TOKEN}` };
  const response = await fetch(`${API}/v2/user/active-org`, { headers });
  expect(response.status, 'GET /v2/user/active-org with E2E_API_TOKEN').toBe(200);
  return (await response.json()) as ActiveOrgAnswer;
}

const test = base.extend<{ writes: string[] }>({
  // Every request the page sends that would change something on the server, other than a switch.
  writes: [
    async ({ page }, use) => {
      const writes: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/__mock')) writes.push(`${request.method()} ${pathname}`);
        if (request.method() !== 'GET' && pathname.startsWith('/organization/')) {
          writes.push(`${request.method()} ${pathname}`);
        }
      });
      await use(writes);
      expect(writes, 'no write and no control endpoint').toEqual([]);
    },
    { auto: true },
  ],
});

let initial: ActiveOrgAnswer;
test.beforeAll(async () => {
  expect(API, 'E2E_API_BASE_URL').not.toBe('');
  initial = await readActiveOrg();
});

// A DUAL switch replaces the token (seeds/002): this process's copy is stale by then.
test.afterAll(async () => {
  if (PROFILE === 'dual') return;
  expect((await readActiveOrg()).org?.slug, "the server's active org, as found").toBe(
    initial.org?.slug,
  );
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });

async function signIn(page: Page) {
  await page.goto('/');
  await page.getByLabel('API token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const org = initial.org;
  if (!org) {
    await expect(page).toHaveURL(/\/no-organization$/);
    return null;
  }
  await expect(page).toHaveURL(new RegExp(`/o/${encodeURIComponent(org.slug)}(/|$)`));
  return org;
}

async function switchTo(page: Page, org: OrgSummary) {
  await switcher(page).click();
  // The option's name holds the org's name and the role; its title is the name alone.
  await page
    .getByRole('option')
    .filter({ has: page.getByTitle(org.name, { exact: true }) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/o/${encodeURIComponent(org.slug)}(/|$)`));
  await expect(switcher(page)).toHaveAccessibleName(
    new RegExp(`^Switch organization: ${escapeRegExp(org.name)}`),
  );
}

test('signs in with the token; the switcher and the menu render', async ({ page }) => {
  const org = await signIn(page);
  test.skip(!org, 'The user belongs to no organization');
  await expect(switcher(page)).toHaveAccessibleName(
    new RegExp(`^Switch organization: ${escapeRegExp(org?.name ?? '')}`),
  );
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await switcher(page).click();
  await expect(page.getByRole('option')).toHaveCount(initial.organizations.length);
  await page.keyboard.press('Escape');
});

test('switches to another org and back', async ({ page }) => {
  const org = await signIn(page);
  const other = initial.organizations.find((o) => o.slug !== org?.slug);
  test.skip(!org || !other, 'The user belongs to fewer than two organizations');
  if (!org || !other) return;
  try {
    await switchTo(page, other);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  } finally {
    await switchTo(page, org);
  }
});

test('opens the settings page, edits and discards', async ({ page }) => {
  const org = await signIn(page);
  test.skip(!org, 'The user belongs to no organization');
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Organization settings' }).click();
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  const city = page.getByLabel('City');
  const save = page.getByRole('button', { name: 'Save changes' });
  if ((await save.count()) === 0) {
    // Not an owner or administrator there: read-only, with the reason.
    await expect(
      page.getByText(/Only owners and administrators can change these details/),
    ).toBeVisible();
    await expect(city).toHaveAttribute('readonly', '');
    return;
  }
  const before = await city.inputValue();
  await city.fill(`${before} (QA)`.trim().slice(0, 100));
  await expect(save).toBeEnabled();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(city).toHaveValue(before);
  await expect(save).toBeDisabled();
});
