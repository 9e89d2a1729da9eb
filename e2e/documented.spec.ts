import type { Page } from '@playwright/test';
import organization200 from '../src/mocks/documents/004-organization-200.json' with { type: 'json' };
import organization400 from '../src/mocks/documents/004-organization-400.json' with { type: 'json' };
import organization403 from '../src/mocks/documents/004-organization-403.json' with { type: 'json' };
import organization404 from '../src/mocks/documents/004-organization-404.json' with { type: 'json' };
import organization500 from '../src/mocks/documents/004-organization-500.json' with { type: 'json' };
import { expect, expectNoAxeViolations, persona, signIn, test } from './fixtures';
import { E2E_PORTS } from './ports';

// Dora Documented's server answers with the documents' own example bodies (src/mocks/documented.ts):
// an org named "<string>" whose role is "<string>", permissions ["<string>"], no org.id, and
// seeds/004's organization. Her second org differs only in slug, name and role slug.
const PRINTED = '/o/%3Cstring%3E';
const settingsForm = (page: Page) => page.getByRole('form', { name: 'Organization settings' });
const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });
const details = organization200.data;

test('Dora Documented: the switcher and the menu render from seeds/003 as printed', async ({
  page,
}) => {
  await signIn(page, 'Dora Documented');
  // homePage "<string>" is not a path: the org's home.
  await expect(page).toHaveURL(new RegExp(`${PRINTED}$`));
  await expect(page.getByRole('heading', { level: 1, name: '<string>' })).toBeVisible();
  await expect(switcher(page)).toHaveAccessibleName(/^Switch organization: <string>/);

  for (const name of ['Main', 'Footer']) {
    const nav = page.getByRole('navigation', { name });
    await expect(nav.getByRole('button', { name: 'Workspaces', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'All workspaces' })).toHaveAttribute(
      'href',
      `${PRINTED}/workspaces`,
    );
    await expect(nav.getByRole('link', { name: 'Create workspace' })).toHaveAttribute(
      'href',
      `${PRINTED}/workspaces/new`,
    );
  }
  const actions = page.getByRole('region', { name: 'Quick actions' });
  await expect(actions.getByRole('link')).toHaveText(['All workspaces', 'Create workspace']);
  await expectNoAxeViolations(page);

  await switcher(page).click();
  await expect(page.getByRole('option')).toHaveCount(2);
  await expect(page.getByRole('option', { name: /^<string>/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('option', { name: /^Documented Admin/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Entries without permissions open their pages for every member.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Create workspace' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${PRINTED}/workspaces/new$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Create workspace' })).toBeVisible();
});

test('Dora Documented: a role that is neither OWNER nor ADMINISTRATOR sees the settings read-only', async ({
  page,
}) => {
  await signIn(page, 'Dora Documented');
  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Organization settings' }).click();
  await expect(page).toHaveURL(new RegExp(`${PRINTED}/settings$`));
  await expect(settingsForm(page)).toBeVisible();
  await expect(
    page.getByText(
      'Only owners and administrators can change these details; your role in <string> is <string>.',
    ),
  ).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(details.name);
  await expect(page.getByLabel('City')).toHaveValue(details.city);
  await expect(page.getByLabel('City')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("Dora Documented: an administrator whose only permissions are the documents' edits City; the PUT body is exactly {city}", async ({
  page,
}) => {
  const answers: unknown[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/v2/user/active-org')) answers.push(await response.json());
  });
  await signIn(page, 'Dora Documented');
  await switcher(page).click();
  await page.getByRole('option', { name: /^Documented Admin/ }).click();
  await expect(page).toHaveURL(/\/o\/documented-admin$/);
  // The role's name is the documents' "<string>"; its slug says administrator.
  await expect(switcher(page)).toHaveAccessibleName(/^Switch organization: Documented Admin, /);
  expect(answers.at(-1)).toMatchObject({
    org: { role: { slug: 'administrator', permissions: ['<string>'] } },
    permissions: ['<string>'],
  });

  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Organization settings' }).click();
  await expect(page.getByLabel('City')).toHaveValue(details.city);
  await page.getByLabel('City').fill('San Diego');
  const put = page.waitForRequest(
    (r) => r.method() === 'PUT' && r.url().includes('/organization/'),
  );
  await page.getByRole('button', { name: 'Save changes' }).click();
  const request = await put;
  // No org.id in the example: the org is addressed by its slug.
  expect(new URL(request.url()).pathname).toBe('/organization/documented-admin');
  expect(request.postData()).toBe(JSON.stringify({ city: 'San Diego' }));
  await expect(settingsForm(page).getByRole('status')).toContainText(organization200.message);
});

const ENVELOPES = [
  [400, organization400],
  [403, organization403],
  [404, organization404],
  [500, organization500],
] as const;

test("Dora Documented: each of seeds/004's error envelopes shows its message and keeps the input", async ({
  page,
  request,
  mock,
}) => {
  test.setTimeout(60_000);
  const activated = await request.put(`http://127.0.0.1:${E2E_PORTS.mock}/v2/user/active-org`, {
    headers: { Authorization: `Bearer ${persona('Dora Documented').token}` },
    data: { orgSlug: 'documented-admin' },
  });
  expect(activated.status()).toBe(200);
  await signIn(page, 'Dora Documented', '/o/documented-admin/settings');
  await page.getByLabel('City').fill('Faultville');

  for (const [status, body] of ENVELOPES) {
    await mock.fault({ endpoint: 'org:update', fault: { type: 'documented', status }, times: 1 });
    const answer = page.waitForResponse((r) => r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect((await answer).status()).toBe(status);
    await expect(page.getByRole('alert')).toContainText(body.message);
    await expect(page.getByLabel('City')).toHaveValue('Faultville');
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  }
});
