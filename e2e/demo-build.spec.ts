import { expect, expectNoAxeViolations, test } from './fixtures';

// The demo build (`VITE_API_MOCKING=on npm run build`, dist-demo): the mock backend runs in the
// page, and the header says the data is not real.
test('a demo build runs on mock data and says so in the header', async ({ page }) => {
  await page.goto('/o/acme');
  await page.getByRole('button', { name: 'Olivia Owner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Demo data', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
