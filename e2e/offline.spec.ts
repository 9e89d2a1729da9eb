import { expect, signIn, test } from './fixtures';

test('offline: a banner says so, a save fails with a message and keeps the input', async ({
  page,
  context,
}) => {
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await page.getByLabel('City').fill('Offlineville');
  await context.setOffline(true);
  await expect(page.getByText('You are offline.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByText('Could not reach the server. Check your connection and try again.'),
  ).toBeVisible();
  await expect(page.getByLabel('City')).toHaveValue('Offlineville');

  await context.setOffline(false);
  await expect(page.getByText('You are offline.', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Organization updated successfully')).toBeVisible();
});
