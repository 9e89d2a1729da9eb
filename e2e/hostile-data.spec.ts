import { expect, signIn, test, trapInjectedScripts } from './fixtures';

// Harriet Huge: 1,000 orgs (markup, script and 10,000-character names), a 5,000-entry menu with
// markup in every string, invalid colors and hrefs, and an invalid homePage.
test('a hostile, huge active org renders safely and stays usable', async ({ page }) => {
  const expectNoScriptRan = await trapInjectedScripts(page);
  await signIn(page, 'Harriet Huge', '/o/huge-0000');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Entry 0.1', exact: true })).toBeVisible({
    timeout: 15_000,
  });
  // The menu renders in steps: every group is there before anything is counted.
  await expect(main.getByRole('button', { name: 'Group 249', exact: true })).toBeAttached({
    timeout: 15_000,
  });

  // Nothing of the markup ran or became markup.
  expect(await page.locator('img[src="x"], main script, nav script').count()).toBe(0);
  expect(
    await page.locator('a[href^="javascript" i], a[href^="data:" i], a[href^="//"]').count(),
  ).toBe(0);

  // No layout blow-up: nothing scrolls sideways; long names are cut, the full text is kept.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const switcher = page.getByRole('button', { name: /^Switch organization/ });
  expect((await switcher.boundingBox())?.width ?? Infinity).toBeLessThanOrEqual(440);
  await expect(switcher.locator('.switcher-name')).toHaveAttribute(
    'title',
    /^<img src=x onerror=.*Holdings/,
  );
  const longEntry = main.getByRole('link', {
    name: /^<img src=x onerror="window.__xss=1">Quarterly report/,
  });
  await expect(longEntry).toBeVisible();
  expect((await longEntry.boundingBox())?.height ?? Infinity).toBeLessThan(80);

  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveAttribute('title', /^<img src=x onerror=.*Holdings/);
  expect((await title.boundingBox())?.height ?? Infinity).toBeLessThan(120);

  // The 1,000-org list opens and filters.
  await switcher.click();
  await page.getByLabel('Search organizations').fill('org 0451');
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expectNoScriptRan();
});
