import { expect, expectNoAxeViolations, persona, signIn, signOut, test } from './fixtures';

test('signs in with a token, shows the active org and role, and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // The production build runs without the mock in the page: no persona buttons.
  await expect(page.getByRole('button', { name: 'Olivia Owner' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // `/` lands on the active org's homePage (Acme's is /workspaces); its home names org and role.
  await signIn(page, 'Olivia Owner');
  await expect(page).toHaveURL(/\/o\/acme\/workspaces$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();
  await page.goto('/o/acme');
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Corporation' })).toBeVisible();
  await expect(page.getByText('Your role: Owner')).toBeVisible();
  await expectNoAxeViolations(page);

  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await page.evaluate(() => localStorage.getItem('org-console.credential'))).toBeNull();
  await page.goto('/o/acme');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fo%2Facme$/);
});

test('refuses an unknown token with a clear message and keeps it typed', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('API token').fill('not-a-real-token');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'That credential was not accepted. Check it and try again.',
  );
  await expect(page.getByLabel('API token')).toHaveValue('not-a-real-token');
  await expectNoAxeViolations(page);
});

test('never puts the credential in a URL', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await signIn(page, 'Sam Single');
  await expect(page.getByRole('heading', { level: 1, name: 'Hooli' })).toBeVisible();
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((url) => url.includes(persona('Sam Single').token))).toEqual([]);
});

test('returns to the page asked for after signing in', async ({ page }) => {
  await page.goto('/o/acme');
  await expect(page).toHaveURL(/returnTo=/);
  await page.getByLabel('API token').fill(persona('Olivia Owner').token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/o\/acme$/);
});

test('tells a user with no organization so', async ({ page }) => {
  await signIn(page, 'Nora Nobody');
  await expect(page).toHaveURL(/\/no-organization$/);
  await expect(
    page.getByRole('heading', { name: 'You do not belong to any organization yet' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
