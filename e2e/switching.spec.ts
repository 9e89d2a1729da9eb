import type { Page } from '@playwright/test';
import { E2E_PORTS } from './ports';
import { expect, expectNoAxeViolations, persona, signIn, test } from './fixtures';

const switcher = (page: Page) => page.getByRole('button', { name: /^Switch organization/ });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function switchTo(page: Page, orgName: string) {
  await switcher(page).click();
  await page.getByRole('option', { name: new RegExp(`^${orgName}`) }).click();
}

/** Records every text the page's h1 shows, frame by frame, from now on. */
async function recordHeadings(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { headings: string[] }).headings = seen;
    const record = () => {
      const switcher = document.querySelector('.switcher-name')?.textContent ?? '';
      const text = `${document.querySelector('h1')?.textContent ?? ''} | ${switcher}`;
      if (seen.at(-1) !== text) seen.push(text);
      requestAnimationFrame(record);
    };
    record();
  });
  return () => page.evaluate(() => (window as unknown as { headings: string[] }).headings);
}

test.describe('switching organization', () => {
  test('one request switches: new name, role and landing page, nothing of the old org', async ({
    page,
  }) => {
    await signIn(page, 'Olivia Owner', '/o/acme/members');
    await expect(heading(page)).toHaveText('Members');
    await expect(switcher(page)).toHaveAccessibleName(/Acme Corporation, Owner/);

    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v2/user/active-org')) calls.push(r.method());
    });
    await switchTo(page, 'Initech');
    await expect(page).toHaveURL(/\/o\/initech\/members$/);
    await expect(switcher(page)).toHaveAccessibleName(
      /^Switch organization: Initech, Member, Past due/,
    );
    await expect(page.getByText('Members of Initech.')).toBeVisible();
    await expect(page.getByText('Acme Corporation')).toHaveCount(0);
    expect(calls).toEqual(['PUT']);

    // Billing is not a MEMBER's page and Initech's homePage (/audit-log) is not allowed: home.
    await page.goto('/o/initech');
    await switchTo(page, 'Acme Corporation');
    await expect(switcher(page)).toHaveAccessibleName(/Acme Corporation, Owner/);
    await page.goto('/o/acme/billing');
    await expect(heading(page)).toHaveText('Billing');
    await switchTo(page, 'Initech');
    await expect(page).toHaveURL(/\/o\/initech$/);
    await expect(heading(page)).toHaveText('Initech');
    await expect(page.getByText('Your role: Member')).toBeVisible();
  });

  test('B then C quickly ends in C, with no frame of B after C', async ({ page, mock }) => {
    await signIn(page, 'Olivia Owner', '/o/acme');
    await expect(heading(page)).toHaveText('Acme Corporation');
    await mock.fault({
      endpoint: 'active-org:switch',
      // Wide enough that C is chosen while B is in flight, even on a busy machine.
      fault: { type: 'delay', ms: 3000 },
      times: 2,
    });
    const headings = await recordHeadings(page);
    await switchTo(page, 'Globex');
    await expect(switcher(page)).toContainText('Switching to Globex');
    await switchTo(page, 'Initech');
    // C starts once B's request has ended (one switch at a time), then takes as long.
    await expect(page).toHaveURL(/\/o\/initech$/, { timeout: 10_000 });
    await expect(heading(page)).toHaveText('Initech');
    await expect.poll(async () => (await headings()).at(-1)).toBe('Initech | Initech');
    const seen = await headings();
    expect(seen.filter((frame) => frame.includes('Globex'))).toEqual([]);
  });

  test('a failed switch keeps the current org, says why and stays usable', async ({
    page,
    mock,
  }) => {
    await signIn(page, 'Olivia Owner', '/o/acme');
    await mock.fault({
      endpoint: 'active-org:switch',
      fault: {
        type: 'status',
        status: 503,
        envelope: 'aitronos',
        message: 'Switching is paused for maintenance',
      },
      times: 1,
    });
    await switchTo(page, 'Globex');
    await expect(page.getByRole('alert')).toHaveText(
      'Could not switch organization: Switching is paused for maintenance',
    );
    await expect(page).toHaveURL(/\/o\/acme$/);
    await expect(heading(page)).toHaveText('Acme Corporation');
    await switchTo(page, 'Globex');
    await expect(page).toHaveURL(/\/o\/globex$/);
    await expect(switcher(page)).toHaveAccessibleName(/Globex, Administrator/);
  });

  test('a link into another member org switches to it', async ({ page }) => {
    await signIn(page, 'Olivia Owner', '/o/acme');
    await expect(heading(page)).toHaveText('Acme Corporation');
    await page.goto('/o/globex/audit-log');
    await expect(heading(page)).toHaveText('Audit log');
    await expect(switcher(page)).toHaveAccessibleName(/Globex, Administrator, Trial/);
  });

  test('a link into an org the user is not in shows "no access" and switches nothing', async ({
    page,
    request,
  }) => {
    await signIn(page, 'Olivia Owner', '/o/hooli/settings');
    await expect(page.getByRole('heading', { name: 'No access to “hooli”' })).toBeVisible();
    await expectNoAxeViolations(page);
    const activeOrg = await request.get(`http://127.0.0.1:${E2E_PORTS.mock}/v2/user/active-org`, {
      headers: { Authorization: `Bearer ${persona('Olivia Owner').token}` },
    });
    const { org } = (await activeOrg.json()) as { org: { slug: string } };
    expect(org.slug).toBe('acme');
    await page.getByRole('link', { name: 'Back to Acme Corporation' }).click();
    await expect(heading(page)).toHaveText('Acme Corporation');
  });

  test('other tabs follow a switch at once and say so', async ({ page, context }) => {
    await signIn(page, 'Olivia Owner', '/o/acme/members');
    const other = await context.newPage();
    await other.goto('/o/acme/members');
    await expect(heading(other)).toHaveText('Members');
    await expect(other.getByText('Members of Acme Corporation.')).toBeVisible();

    await switchTo(page, 'Globex');
    await expect(other).toHaveURL(/\/o\/globex\/members$/);
    await expect(other.getByText('Members of Globex.')).toBeVisible();
    await expect(
      other.getByRole('status').filter({ hasText: 'Switched to Globex in another tab or window.' }),
    ).toBeVisible();
  });

  test('a tab re-reads the active org when it becomes visible again and follows the server', async ({
    page,
    request,
  }) => {
    await signIn(page, 'Olivia Owner', '/o/acme');
    await expect(heading(page)).toHaveText('Acme Corporation');
    await request.put(`http://127.0.0.1:${E2E_PORTS.mock}/v2/user/active-org`, {
      headers: { Authorization: `Bearer ${persona('Olivia Owner').token}` },
      data: { orgSlug: 'umbrella' },
    });
    await page.evaluate(() =>
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
    );
    await expect(page).toHaveURL(/\/o\/umbrella$/);
    await expect(heading(page)).toHaveText('Umbrella Group');
  });

  test('an org removed while active sends the user to their next org, with a message', async ({
    page,
    request,
  }) => {
    await signIn(page, 'Olivia Owner', '/o/acme');
    await expect(heading(page)).toHaveText('Acme Corporation');
    await request.delete(`http://127.0.0.1:${E2E_PORTS.mock}/__mock/orgs/acme`);
    await page.evaluate(() =>
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true })),
    );
    await expect(page).toHaveURL(/\/o\/globex/);
    await expect(
      page.getByText('Acme Corporation is no longer available. Switched to Globex.'),
    ).toBeVisible();
  });

  test('the switcher is keyboard-complete', async ({ page }) => {
    await signIn(page, 'Olivia Owner', '/o/acme');
    await switcher(page).focus();
    await page.keyboard.press('ArrowDown');
    const current = page.getByRole('option', { name: /^Acme Corporation/ });
    await expect(current).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('listbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(switcher(page)).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/o\/globex/);
    await expect(switcher(page)).toBeFocused();
  });

  test('300 organizations: type to filter, accents ignored, Enter switches; axe clean', async ({
    page,
  }) => {
    await signIn(page, 'Max Many', '/');
    await expect(switcher(page)).toHaveAccessibleName(/Ærø Fisheries/);
    await switcher(page).click();
    const search = page.getByLabel('Search organizations');
    await expect(search).toBeFocused();
    await expect(page.getByRole('option')).toHaveCount(300);
    await expectNoAxeViolations(page);
    await search.pressSequentially('zurich');
    await expect(page.getByRole('option')).toHaveCount(1);
    await expect(page.getByRole('option')).toHaveAccessibleName(/^Zürich Analytics/);
    await page.keyboard.press('Enter');
    await expect(switcher(page)).toHaveAccessibleName(/Zürich Analytics/);
    // Recently used orgs come first.
    await switcher(page).click();
    await expect(page.getByRole('option').first()).toHaveAccessibleName(/^Zürich Analytics/);
  });

  test('axe finds nothing with the list open', async ({ page }) => {
    await signIn(page, 'Olivia Owner', '/o/acme');
    await switcher(page).click();
    await expect(page.getByRole('option')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });
});
