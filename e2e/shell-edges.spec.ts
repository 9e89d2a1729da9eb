import type { Page } from '@playwright/test';
import { expect, persona, signIn, signOut, test } from './fixtures';

const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });

async function switchTo(page: Page, orgName: string) {
  await switcher(page).click();
  await page.getByRole('option', { name: new RegExp(`^${orgName}`) }).click();
}

/** Horizontal overflow of the page, and pairs of header controls drawn over each other. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page is ${document.documentElement.scrollWidth}px wide in ${width}px`);
    }
    const boxes = [...document.querySelectorAll('.app-header a, .app-header button')]
      .map((element) => ({
        name: element.textContent.trim().slice(0, 30),
        box: element.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    for (const [i, a] of boxes.entries()) {
      if (a.box.right > width + 0.5) problems.push(`${a.name} ends at ${a.box.right}px`);
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.box.left < b.box.right - 0.5 &&
          b.box.left < a.box.right - 0.5 &&
          a.box.top < b.box.bottom - 0.5 &&
          b.box.top < a.box.bottom - 0.5;
        if (overlap) problems.push(`${a.name} overlaps ${b.name}`);
      }
    }
    return problems;
  });
}

const ORG_PAGES = [
  '',
  '/settings',
  '/workspaces',
  '/workspaces/new',
  '/members',
  '/billing',
  '/audit-log',
  '/no-such-page',
];
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 568, height: 320 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
];

test('no horizontal overflow or overlap at 320 and 390 px, in both orientations, on every page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  const check = async (path: string, ready: () => Promise<void>) => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await ready();
      for (const problem of await layoutProblems(page)) {
        problems.push(`${path} at ${viewport.width}×${viewport.height}: ${problem}`);
      }
    }
  };
  const heading = async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Loading|Switching/ })).toHaveCount(0);
  };

  await check('/sign-in', heading);
  await signIn(page, 'Olivia Owner', '/o/acme');
  // Acme (no badge), Initech (a "Past due" badge), and an org the user is not in.
  for (const slug of ['acme', 'initech']) {
    for (const path of ORG_PAGES) await check(`/o/${slug}${path}`, heading);
  }
  await check('/o/doesnotexist/workspaces', heading);
  await signOut(page);
  await signIn(page, 'Nora Nobody');
  await check('/no-organization', heading);
  expect(problems).toEqual([]);
});

test('the no-access page renders its shell', async ({ page }) => {
  await signIn(page, 'Olivia Owner', '/o/doesnotexist/workspaces');
  await expect(page.getByRole('heading', { name: 'No access to “doesnotexist”' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});

test('Back after three switches lands on the previous org and says so', async ({ page }) => {
  await signIn(page, 'Olivia Owner', '/o/acme');
  await switchTo(page, 'Globex');
  await expect(page).toHaveURL(/\/o\/globex/);
  await switchTo(page, 'Initech');
  await expect(page).toHaveURL(/\/o\/initech/);
  await expect(page.getByRole('status').filter({ hasText: 'Switched to Initech.' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/o\/globex/);
  await expect(switcher(page)).toHaveAccessibleName(/^Switch organization: Globex/);
  await expect(page.getByRole('status').filter({ hasText: 'Switched to Globex.' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/o\/acme/);
  await expect(switcher(page)).toHaveAccessibleName(/^Switch organization: Acme Corporation/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Switched to Acme Corporation.' }),
  ).toBeVisible();
});

test('exactly one entry per navigation is the current page', async ({ page }) => {
  await signIn(page, 'Max Many', '/o/branch-002/workspaces');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workspaces');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.locator('[aria-current="page"]')).toHaveCount(1);
  // Opening another category full of links to the same page marks nothing more.
  await main.getByRole('button', { name: 'Group 5', exact: true }).click();
  await expect(main.locator('[aria-current="page"]')).toHaveCount(1);

  await page.goto('/o/branch-001/workspaces');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workspaces');
  for (const nav of await page.getByRole('navigation').all()) {
    expect(await nav.locator('[aria-current="page"]').count()).toBeLessThanOrEqual(1);
  }
  await expect(
    page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]'),
  ).toHaveCount(1);
});

test('keys typed while the switcher opens land in its search', async ({ page }) => {
  await signIn(page, 'Max Many', '/o/branch-001');
  await expect(switcher(page)).toBeVisible();
  await switcher(page).click();
  await page.keyboard.type('zurich', { delay: 0 });
  const search = page.getByLabel('Search organizations');
  await expect(search).toHaveValue('zurich');
  await expect(page.getByRole('option')).toHaveCount(1);
});

test('no console warnings on load', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (['warning', 'error'].includes(message.type())) messages.push(message.text());
  });
  await signIn(page, 'Olivia Owner', '/o/acme/settings');
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Organization settings' })).toBeVisible();
  expect(messages).toEqual([]);
});

test('sign-in names a malformed token and an unreachable API precisely', async ({ page }) => {
  await page.goto('/sign-in');
  const token = page.getByLabel('API token');
  await token.fill(
    `${persona('Olivia Owner').token.slice(0, 5)}\u200b${persona('Olivia Owner').token.slice(5)}`,
  );
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/a zero-width space at position 6/);
  await expect(token).toHaveAttribute('aria-invalid', 'true');

  await token.fill(`“${persona('Olivia Owner').token}”`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/a curly quote \(“\) at position 1/);

  await page.route('**/v2/user/active-org', (route) => route.abort('connectionrefused'));
  await token.fill(persona('Olivia Owner').token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Could not reach the API at http:\/\/127\.0\.0\.1:\d+\./,
  );
  await expect(token).not.toHaveAttribute('aria-invalid');
});
