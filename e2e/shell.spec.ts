import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signIn, test } from './fixtures';

const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });

/** Records, from before the page's first script, every theme <html> is given and the first frame's. */
async function watchTheme(page: Page) {
  await page.addInitScript(() => {
    const seen: (string | null)[] = [];
    const record = window as unknown as { themesSeen: typeof seen; firstFrame: unknown };
    record.themesSeen = seen;
    // <html> may not exist yet when this runs: watch the document for it and its attribute.
    new MutationObserver((records) => {
      for (const record of records)
        if (record.target === document.documentElement && record.attributeName === 'data-theme')
          seen.push(document.documentElement.getAttribute('data-theme'));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
    // The first animation frame's callbacks run just before the first paint.
    requestAnimationFrame(() => {
      record.firstFrame = {
        theme: document.documentElement.getAttribute('data-theme'),
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
  });
  return () =>
    page.evaluate(() => {
      const record = window as unknown as { themesSeen: string[]; firstFrame: unknown };
      return { seen: record.themesSeen, first: record.firstFrame };
    });
}

const DARK_BG = 'rgb(12, 14, 19)';
const LIGHT_BG = 'rgb(247, 247, 249)';

test('the theme follows the system by default, and a choice survives a reload from the first frame', async ({
  page,
}) => {
  test.slow();
  await page.emulateMedia({ colorScheme: 'dark' });
  const themes = await watchTheme(page);
  await signIn(page, 'Olivia Owner', '/o/acme');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();
  expect(await themes()).toMatchObject({ first: { theme: 'dark', background: DARK_BG } });

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'User menu' }).click();
  const theme = page.getByRole('menuitem', { name: 'Theme' });
  await expect(theme).toHaveAccessibleDescription('System');
  await theme.click();
  await expect(theme).toHaveAccessibleDescription('Light');
  await theme.click();
  await expect(theme).toHaveAccessibleDescription('Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);

  // The system says light; the remembered choice is dark, and no frame shows light.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();
  const afterReload = await themes();
  expect(afterReload.first).toEqual({ theme: 'dark', background: DARK_BG });
  expect(afterReload.seen.filter((value) => value !== 'dark')).toEqual([]);

  await page.getByRole('button', { name: 'User menu' }).click();
  await page.getByRole('menuitem', { name: 'Theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  expect((await themes()).first).toEqual({ theme: 'light', background: LIGHT_BG });
});

test('the command palette navigates, and switches org with one request', async ({ page }) => {
  test.slow();
  const switches: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PUT' && request.url().endsWith('/v2/user/active-org'))
      switches.push(request.postData() ?? '');
  });
  await signIn(page, 'Olivia Owner', '/o/acme');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const openButton = page.getByRole('button', { name: 'Open command palette' });

  await openButton.click();
  await expect(palette).toBeVisible();
  const search = palette.getByRole('combobox', { name: 'Search pages and organizations' });
  await expect(search).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.type('audit');
  await expect(palette.getByRole('option')).toHaveText(['Audit log']);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/\/o\/acme\/audit-log$/);
  await expect(openButton).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.type('glob');
  await expect(palette.getByRole('option', { selected: true })).toHaveText(/Globex/);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  expect(switches).toEqual([]);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('glob');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(switcher(page)).toHaveAccessibleName(/^Switch organization: Globex/);
  await expect(page).toHaveURL(/\/o\/globex\//);
  expect(switches).toEqual([JSON.stringify({ orgSlug: 'globex' })]);

  // Recent first, the same order as the switcher's.
  await page.keyboard.press('Control+k');
  const orgs = palette.getByRole('group', { name: 'Switch organization' }).getByRole('option');
  await expect(orgs.first()).toHaveText(/Globex/);
});

test('the palette opens a page of another org in one step, keyboard only: one switch, no frame of the old org', async ({
  page,
}) => {
  test.slow();
  const activeOrgCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/v2/user/active-org'))
      activeOrgCalls.push(`${request.method()} ${request.postData() ?? ''}`.trim());
  });
  // After every change of the page: does the switcher name Globex while the page still shows Acme?
  await page.addInitScript(() => {
    const mixed: string[] = [];
    (window as unknown as { mixedFrames: string[] }).mixedFrames = mixed;
    new MutationObserver(() => {
      const active = document.querySelector('[aria-label^="Switch organization:"]');
      const header = active?.getAttribute('aria-label') ?? '';
      const main = document.querySelector('main');
      const shown = [main?.textContent ?? ''];
      main?.querySelectorAll('input').forEach((input) => shown.push(input.value));
      if (header.startsWith('Switch organization: Globex,') && shown.join(' ').includes('Acme'))
        mixed.push(location.pathname);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await expect(page.getByLabel('Name')).toHaveValue('Acme Corporation');
  await page.getByLabel('City').press('End');
  await page.keyboard.type(' North');
  activeOrgCalls.length = 0;

  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const ask = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  // Typed at once, while the palette's code loads: the keys land in its search, not in City.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('globex settings', { delay: 0 });
  await expect(palette.getByRole('combobox')).toHaveValue('globex settings');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await expect(palette.getByRole('option')).toHaveCount(1);
  await expect(palette.getByRole('option', { selected: true })).toHaveAccessibleName(
    'Globex › Organization settings',
  );
  await page.keyboard.press('Enter');
  // Unsaved changes are asked about first; Cancel (focused) keeps them and switches nothing.
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByLabel('City')).toHaveValue('San Francisco North');
  await expect(page).toHaveURL(/\/o\/acme\/settings$/);
  expect(activeOrgCalls).toEqual([]);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('settings glob');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Discard and switch organization' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/o\/globex\/settings$/);
  await expect(page.getByLabel('Name')).toHaveValue('Globex');
  await expect(page).toHaveTitle('Organization settings · Globex · Org Console');
  await expect(switcher(page)).toHaveAccessibleName(/^Switch organization: Globex/);
  await expect(page.getByRole('button', { name: 'Open command palette' })).toBeFocused();
  expect(activeOrgCalls).toEqual([`PUT ${JSON.stringify({ orgSlug: 'globex' })}`]);
  expect(
    await page.evaluate(() => (window as unknown as { mixedFrames: string[] }).mixedFrames),
  ).toEqual([]);

  // The org it opened is the most recent one now, first in the switcher's order.
  await page.keyboard.press('Control+k');
  const orgs = palette.getByRole('group', { name: 'Switch organization' }).getByRole('option');
  await expect(orgs.first()).toHaveText(/Globex/);
});

test('a palette whose code cannot load says so, and keys go back to the page', async ({ page }) => {
  await page.route(/command-palette-[^/]*\.js$/, (route) => route.abort());
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await expect(page.getByLabel('Name')).toHaveValue('Acme Corporation');
  await page.getByLabel('City').press('End');
  await page.keyboard.press('Control+k');
  await expect(page.getByText('The command palette could not be loaded.')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeHidden();
  await page.keyboard.type(' North');
  await expect(page.getByLabel('City')).toHaveValue('San Francisco North');
});

test('every page has a title and breadcrumbs naming the page and the org', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page).toHaveTitle('Sign in · Org Console');
  await signIn(page, 'Olivia Owner', '/o/acme');
  await expect(page).toHaveTitle('Overview · Acme Corporation · Org Console');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs).toHaveText('Acme Corporation›Overview');

  await page.goto('/o/acme/settings');
  await expect(page).toHaveTitle('Organization settings · Acme Corporation · Org Console');
  await expect(crumbs.getByRole('link', { name: 'Acme Corporation' })).toHaveAttribute(
    'href',
    '/o/acme',
  );
  await expect(crumbs.getByText('Organization settings')).toHaveAttribute('aria-current', 'page');

  await switcher(page).click();
  await page.getByRole('option', { name: /^Globex/ }).click();
  await expect(page).toHaveTitle('Organization settings · Globex · Org Console');
  await expect(crumbs).toHaveText('Globex›Organization settings');

  await page.goto('/o/not-a-member');
  await expect(page).toHaveTitle('No access · Org Console');
});

test('a skip link leads past the header; the user menu is keyboard-complete', async ({ page }) => {
  await signIn(page, 'Olivia Owner', '/o/acme');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const userMenu = page.getByRole('button', { name: 'User menu' });
  await userMenu.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'User menu' });
  // Against a real API the console knows the credential, not a person's name.
  await expect(menu).toContainText('Signed in with an API token');
  await expect(menu).toContainText('Owner in Acme Corporation');
  await expect(menu.getByRole('menuitem', { name: 'Organization settings' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Theme' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(userMenu).toBeFocused();

  await userMenu.click();
  await menu.getByRole('menuitem', { name: 'Organization settings' }).click();
  await expect(page).toHaveURL(/\/o\/acme\/settings$/);
  await expect(menu).toBeHidden();
});

test('the desktop sidebar shows every label of the menu whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'Olivia Owner', '/o/acme');
  const sidebar = page.getByRole('complementary', { name: 'Sidebar' });
  await expect(sidebar.getByRole('link', { name: /^Create workspace/ })).toBeVisible();
  // A label cut with an ellipsis is wider than the box that shows it.
  const cut = await sidebar.evaluate((aside) =>
    [...aside.querySelectorAll('span')]
      .filter((span) => span.scrollWidth > span.clientWidth)
      .map((span) => span.textContent),
  );
  expect(cut).toEqual([]);
});

test('the sidebar collapses to icons, keeps the names, and stays collapsed after a reload', async ({
  page,
}) => {
  await signIn(page, 'Olivia Owner', '/o/acme');
  const members = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Members', exact: true });
  await expect(members).toBeVisible();
  const wide = (await members.boundingBox())?.width ?? 0;
  await page.getByRole('button', { name: 'Collapse sidebar' }).click();
  await expect(page.getByRole('button', { name: 'Collapse sidebar' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(async () => (await members.boundingBox())?.width ?? 0).toBeLessThan(wide / 3);
  await page.reload();
  await expect(members).toBeVisible();
  expect((await members.boundingBox())?.width ?? 0).toBeLessThan(wide / 3);
  await expectNoAxeViolations(page);
});
