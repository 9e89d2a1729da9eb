import type { APIRequestContext, Page } from '@playwright/test';
import { answerDiscard, expect, expectNoAxeViolations, persona, signIn, test } from './fixtures';
import { E2E_PORTS } from './ports';

const form = (page: Page) => page.getByRole('form', { name: 'Organization settings' });
const save = (page: Page) => page.getByRole('button', { name: 'Save changes' });

/** Makes `orgSlug` Olivia's active org on the mock server before the page loads. */
async function activateForOlivia(request: APIRequestContext, orgSlug: string) {
  const response = await request.put(`http://127.0.0.1:${E2E_PORTS.mock}/v2/user/active-org`, {
    headers: { Authorization: `Bearer ${persona('Olivia Owner').token}` },
    data: { orgSlug },
  });
  expect(response.status()).toBe(200);
}

test('an administrator edits city and phone, saves, and sees them after a reload', async ({
  page,
}) => {
  await signIn(page, 'Sam Single', '/o/hooli/settings');
  await expect(form(page)).toBeVisible();
  await expect(save(page)).toBeDisabled();
  await expectNoAxeViolations(page);

  await page.getByLabel('City').fill('Mountain View');
  await page.getByLabel('Phone').fill('+1 650 555 0142');
  await save(page).click();
  await expect(form(page).getByRole('status')).toContainText('Organization updated successfully');
  await expect(save(page)).toBeDisabled();

  await page.reload();
  await expect(page.getByLabel('City')).toHaveValue('Mountain View');
  await expect(page.getByLabel('Phone')).toHaveValue('+1 650 555 0142');
});

test('a renamed org shows in the header at once', async ({ page, request }) => {
  await activateForOlivia(request, 'globex');
  await signIn(page, 'Olivia Owner', '/o/globex/settings');
  await expect(page.getByLabel('Name')).toHaveValue('Globex');
  const reads: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'GET' && r.url().endsWith('/v2/user/active-org')) reads.push(r.url());
  });

  await page.getByLabel('Name').fill('Globex Worldwide');
  await save(page).click();
  await expect(page.getByRole('banner')).toContainText('Globex Worldwide');
  expect(reads).toEqual([]);
});

test('a member sees the settings read-only, with the reason', async ({ page, request }) => {
  await activateForOlivia(request, 'initech');
  await signIn(page, 'Olivia Owner', '/o/initech/settings');
  await expect(form(page)).toBeVisible();
  await expect(
    page.getByText(/Only owners and administrators can change these details/),
  ).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('Country')).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('Enforce multi-factor authentication')).toBeDisabled();
  await expect(save(page)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a failed save (500) keeps the input, and a retry succeeds', async ({ page, mock }) => {
  await signIn(page, 'Sam Single', '/o/hooli/settings');
  await page.getByLabel('City').fill('Cupertino');
  await mock.fault({ endpoint: 'org:update', fault: { type: 'status', status: 500 }, times: 1 });
  await save(page).click();

  await expect(page.getByRole('alert')).toContainText('Internal server error');
  await expect(page.getByLabel('City')).toHaveValue('Cupertino');
  await save(page).click();
  await expect(form(page).getByRole('status')).toContainText('Organization updated successfully');
  await expect(page.getByRole('alert')).toBeEmpty();
  await expect(page.getByLabel('City')).toHaveValue('Cupertino');
});

test('errors show next to their fields, accessibly', async ({ page }) => {
  await signIn(page, 'Sam Single', '/o/hooli/settings');
  await page.getByLabel('Name').fill('   ');
  await page.getByLabel('Phone').fill('call me maybe');
  await save(page).click();

  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Enter the organization name.');
  await expect(page.getByRole('alert')).toHaveText('Check these fields: Name, Phone.');
  await expectNoAxeViolations(page);
});

test('enforcing MFA asks first in a modal dialog', async ({ page }) => {
  await signIn(page, 'Sam Single', '/o/hooli/settings');
  const mfa = page.getByRole('checkbox', { name: 'Enforce multi-factor authentication' });
  await mfa.click();
  const dialog = page.getByRole('dialog', { name: 'Require multi-factor authentication?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(mfa).not.toBeChecked();
  await expect(mfa).toBeFocused();

  await mfa.click();
  await dialog.getByRole('button', { name: 'Enforce MFA' }).click();
  await expect(mfa).toBeChecked();
  await expect(save(page)).toBeEnabled();
});

// "Unsaved changes + switching org asks first" needs the org switcher, built in another branch.

test('unsaved changes: switching org asks first, and cancelling keeps the draft', async ({
  page,
}) => {
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await page.getByLabel('City').fill('Oakland');
  const switcher = page.getByRole('button', { name: /^Switch organization/ });

  await switcher.click();
  await page.getByRole('option', { name: /^Globex/ }).click();
  await expect(
    page.getByRole('dialog', { name: 'Discard unsaved changes?' }),
  ).toHaveAccessibleDescription('You have unsaved changes. Switch organization and discard them?');
  await answerDiscard(page, false);
  await expect(page).toHaveURL(/\/o\/acme\/settings$/);
  await expect(page.getByLabel('City')).toHaveValue('Oakland');

  await switcher.click();
  await page.getByRole('option', { name: /^Globex/ }).click();
  await answerDiscard(page, true);
  await expect(page).toHaveURL(/\/o\/globex\/settings$/);
  await expect(page.getByLabel('Name')).toHaveValue('Globex');
  await expect(page.getByLabel('City')).toHaveValue('Paris');
});
