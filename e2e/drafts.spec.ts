import type { Page } from '@playwright/test';
import { expect, persona, signIn, signOut, test } from './fixtures';

const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });
const city = (page: Page) => page.getByLabel('City');
const offer = (page: Page) => page.getByRole('region', { name: 'Unsaved changes' });

async function switchTo(page: Page, orgName: string) {
  await switcher(page).click();
  await page.getByRole('option', { name: new RegExp(`^${orgName}`) }).click();
}

async function signInAs(page: Page, name: 'Olivia Owner' | 'Sam Single') {
  await page.getByLabel('API token').fill(persona(name).token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Every stored key and value of the page's origin, both storages. */
const storedText = (page: Page) =>
  page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((storage) =>
        Object.entries(storage).map(([key, value]) => `${key}=${String(value)}`),
      )
      .join('\n'),
  );

test('another tab switches: the unsaved settings are kept, said, and offered back', async ({
  page,
  context,
}) => {
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await city(page).fill('Springfield');

  const other = await context.newPage();
  await other.goto('/o/acme');
  await switchTo(other, 'Initech');
  await expect(other).toHaveURL(/\/o\/initech/);

  // The first tab follows, and says which org's changes it kept.
  await expect(page).toHaveURL(/\/o\/initech\/settings$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Switched to Initech in another tab or window.' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Your unsaved changes to Acme Corporation were kept.' }),
  ).toBeVisible();
  await expect(offer(page)).toHaveCount(0);

  await switchTo(page, 'Acme Corporation');
  await expect(page).toHaveURL(/\/o\/acme\/settings$/);
  await expect(offer(page)).toContainText('Restore your unsaved changes?');
  await expect(offer(page)).toContainText('City');
  await expect(city(page)).toHaveValue('San Francisco');
  await offer(page).getByRole('button', { name: 'Restore' }).click();
  await expect(city(page)).toHaveValue('Springfield');
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
});

test('a deep link and a reload keep the draft too', async ({ page }) => {
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await city(page).fill('Shelbyville');
  // A link to another org, opened in this tab: the browser asks before unloading; the draft stays.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.goto('/o/globex');
  await expect(page).toHaveURL(/\/o\/globex$/);
  await page.goto('/o/acme/settings');
  await offer(page).getByRole('button', { name: 'Restore' }).click();
  await expect(city(page)).toHaveValue('Shelbyville');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(offer(page)).toBeVisible();
  await offer(page).getByRole('button', { name: 'Discard' }).click();
  await expect(city(page)).toHaveValue('San Francisco');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
});

test('two people in one browser: no draft, return path or recent orgs cross', async ({
  page,
  mock,
}) => {
  await signIn(page, 'Olivia Owner', '/o/acme');
  await switchTo(page, 'Globex');
  await expect(page).toHaveURL(/\/o\/globex/);
  await page.goto('/o/acme/settings');
  await expect(page).toHaveURL(/\/o\/acme\/settings$/);
  await city(page).fill('Capital City');
  // Olivia's session ends (401) in the middle of her work.
  await mock.fault({ endpoint: 'org:update', fault: { type: 'status', status: 401 }, times: 1 });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);

  // Sam signs in on the same tab: his own console, not Olivia's page, nothing of hers.
  await signInAs(page, 'Sam Single');
  await expect(page).toHaveURL(/\/o\/hooli$/);
  await page.goto('/o/hooli/settings');
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
  const stored = await storedText(page);
  expect(stored).not.toContain(persona('Olivia Owner').token);
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in$/);

  // Olivia again: her draft is still hers; her deliberate sign-out removes it and her recent orgs.
  await signInAs(page, 'Olivia Owner');
  await page.goto('/o/acme/settings');
  await expect(offer(page)).toContainText('City');
  await switcher(page).click();
  await expect(page.getByRole('option').first()).toHaveAccessibleName(/^Globex/);
  await page.keyboard.press('Escape');
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await storedText(page)).not.toContain('Capital City');
  expect(await storedText(page)).not.toContain('recent-orgs');

  await signInAs(page, 'Olivia Owner');
  await page.goto('/o/acme/settings');
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
});
