import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';

const form = (page: Page) => page.getByRole('form', { name: 'Organization settings' });

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`save success and failure show inside the viewport at ${viewport.width}×${viewport.height}`, async ({
    page,
    mock,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, 'Sam Single', '/o/hooli/settings');
    // Edit the first field, at the top of a form longer than the screen.
    await page.getByLabel('Name').fill('Hooli XYZ');
    await page.getByLabel('Name').scrollIntoViewIfNeeded();

    await mock.latency(600);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const status = form(page).getByRole('status');
    await expect(status.getByText('Saving…')).toBeInViewport();
    await expect(status.getByText('Saved', { exact: true })).toBeInViewport();
    await expect(status).toContainText('Organization updated successfully');
    await mock.latency(0);

    await page.getByLabel('Name').fill('Hooli XYZ 2');
    await mock.fault({ endpoint: 'org:update', fault: { type: 'status', status: 500 }, times: 1 });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const alert = form(page).getByRole('alert');
    await expect(alert).toContainText('Your changes were not saved. Internal server error');
    await expect(alert).toBeInViewport();
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeInViewport();
    await page.screenshot({ path: `test-results/save-bar-${viewport.width}.png` });

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(status.getByText('Saved', { exact: true })).toBeInViewport();
    await expect(alert).toBeEmpty();
    await expect(page.getByLabel('Name')).toHaveValue('Hooli XYZ 2');
  });
}

test('the error summary lists the fields that are wrong now', async ({ page }) => {
  await signIn(page, 'Sam Single', '/o/hooli/settings');
  await page.getByLabel('Name').fill('');
  await page.getByLabel('Phone').fill('call me');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const alert = form(page).getByRole('alert');
  await expect(alert).toHaveText('Check these fields: Name, Phone.');
  await page.getByLabel('Phone').fill('+1 650 555 0100');
  await expect(alert).toHaveText('Check this field: Name.');
  await page.getByLabel('Name').fill('Hooli');
  await expect(alert).toBeEmpty();
});
