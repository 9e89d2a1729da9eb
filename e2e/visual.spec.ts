import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signIn, test } from './fixtures';

// Every screen that matters, in both themes at a phone's and a desktop's width, compared with
// the committed baselines; each is also checked with axe in that theme. After UI changes land,
// regenerate with: npm run build:e2e && npm run test:visual -- --update-snapshots

const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

/** Waits until what loads on demand (menu, icons, fonts) has arrived, then compares and runs axe. */
async function expectScreen(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  // Toasts come and go on their own clock (what they say is tested elsewhere): dismiss them.
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss notification' }).all()) {
    await dismiss.click();
  }
  await expect(page).toHaveScreenshot(`${name}.png`, { animations: 'disabled', caret: 'hide' });
  await expectNoAxeViolations(page);
}

async function openOrg(page: Page, path: string, isPhone: boolean) {
  await signIn(page, 'Olivia Owner', path);
  await expect(page.locator('main h1').first()).toBeVisible();
  if (!isPhone) await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

for (const theme of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries(WIDTHS)) {
    const isPhone = device === 'phone';
    const suffix = `${theme}-${viewport.width}`;
    test.describe(`${theme}, ${viewport.width} px`, () => {
      test.use({ viewport, colorScheme: theme });

      test('sign-in', async ({ page }) => {
        await page.goto('/sign-in');
        await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
        await expectScreen(page, `sign-in-${suffix}`);
      });

      test('org home', async ({ page }) => {
        await openOrg(page, '/o/globex', isPhone);
        await expect(page.getByRole('heading', { name: 'Globex' })).toBeVisible();
        await expectScreen(page, `home-${suffix}`);
      });

      test('switcher open', async ({ page }) => {
        await openOrg(page, '/o/acme', isPhone);
        await page.getByRole('button', { name: /^Switch organization/ }).click();
        await expect(page.getByRole('listbox')).toBeVisible();
        await expectScreen(page, `switcher-${suffix}`);
      });

      test('command palette open', async ({ page }) => {
        await openOrg(page, '/o/acme', isPhone);
        await page.getByRole('button', { name: 'Open command palette' }).click();
        await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
        await expectScreen(page, `palette-${suffix}`);
      });

      test('settings, editable', async ({ page }) => {
        await openOrg(page, '/o/acme/settings', isPhone);
        await expect(page.getByLabel('Name')).toHaveValue('Acme Corporation');
        await expectScreen(page, `settings-editable-${suffix}`);
      });

      test('settings, read-only', async ({ page }) => {
        await openOrg(page, '/o/umbrella/settings', isPhone);
        await expect(page.getByLabel('Name')).toHaveAttribute('readonly', '');
        await expectScreen(page, `settings-read-only-${suffix}`);
      });

      test('settings, with errors', async ({ page }) => {
        await openOrg(page, '/o/acme/settings', isPhone);
        await page.getByLabel('Name').fill(' ');
        await page.getByLabel('Phone').fill('call me maybe');
        await page.getByRole('button', { name: 'Save changes' }).click();
        await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
        await expectScreen(page, `settings-errors-${suffix}`);
      });

      test('no access', async ({ page }) => {
        await signIn(page, 'Olivia Owner', '/o/not-a-member');
        await expect(page.getByRole('heading', { name: /No access/ })).toBeVisible();
        await expectScreen(page, `no-access-${suffix}`);
      });

      if (isPhone) {
        test('navigation drawer', async ({ page }) => {
          await openOrg(page, '/o/acme', isPhone);
          await page.getByRole('button', { name: 'Open navigation' }).click();
          const drawer = page.getByRole('dialog', { name: 'Navigation' });
          await expect(drawer.getByRole('navigation', { name: 'Main' })).toBeVisible();
          await expectScreen(page, `drawer-${suffix}`);
        });
      }
    });
  }
}
