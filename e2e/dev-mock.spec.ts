import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { signOut } from './fixtures';

// `npm run dev`: the mock backend runs in the page (MSW worker) and offers the personas.
test('signs in as a persona on the in-browser mock backend', async ({ page }) => {
  await page.goto('/o/acme');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=/);
  for (const name of ['Olivia Owner', 'Sam Single', 'Nora Nobody', 'Max Many']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole('button', { name: 'Olivia Owner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();
  await expect(page.getByText('Your role: Owner')).toBeVisible();

  // The in-browser db survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();

  await signOut(page);
  await expect(page.getByRole('button', { name: 'Olivia Owner' })).toBeVisible();
});
