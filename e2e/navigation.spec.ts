import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { MenuEntry } from '../src/api/contract/navigation';
import {
  expect,
  expectNoAxeViolations,
  persona,
  signIn,
  test,
  trapInjectedScripts,
} from './fixtures';
import { E2E_PORTS } from './ports';

type PersonaName = Parameters<typeof signIn>[1];
type Expected = { role: 'link' | 'button'; name: string };
type Entries = MenuEntry[] | undefined;
/** The part of the server's active-org answer the expectation is derived from. */
type Answer = {
  org: {
    role: { slug: string };
    navigation?: { menu?: Entries; footer?: Entries; quickActions?: Entries };
  } | null;
  permissions: string[];
};

// The expectation, derived from what the server sent by a deliberately naive walk — not the
// console's model. Permissions are plain strings, in whatever vocabulary the org's server uses.
function visibleEntries(
  entries: readonly MenuEntry[] = [],
  granted: readonly string[] = [],
  depth = 1,
): Expected[] {
  if (depth > 6) return [];
  const allowed = (required: string[] = []) => required.every((p) => granted.includes(p));
  const safeHref = (href = '') =>
    (/^\/[^/\\]/.test(href) || href === '/' || /^https?:\/\/[^\s@]+$/.test(href)) &&
    !/[\s\\]/.test(href);
  return entries.flatMap((entry): Expected[] => {
    if (entry.type === 'divider') return [];
    const name = entry.label?.trim();
    if (!name || !allowed(entry.permissions)) return [];
    if (entry.type === 'item') return safeHref(entry.href) ? [{ role: 'link', name }] : [];
    // The types say so, but a newer server's entry types reach here too (the fixtures' "carousel").
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (entry.type !== 'category') return [];
    const children = visibleEntries(entry.items, granted, depth + 1);
    return children.length > 0 ? [{ role: 'button', name }, ...children] : [];
  });
}

// Acme and Initech spell permissions `workspaces:read`, Globex and Umbrella `workspaces.read`,
// Hooli with the documents' "<string>" (src/mocks/roles.ts).
const CASES: { who: PersonaName; org: string; name: string; role: string }[] = [
  { who: 'Olivia Owner', org: 'acme', name: 'Acme Corporation', role: 'OWNER' },
  { who: 'Olivia Owner', org: 'globex', name: 'Globex', role: 'ADMINISTRATOR' },
  { who: 'Olivia Owner', org: 'initech', name: 'Initech', role: 'MEMBER' },
  { who: 'Olivia Owner', org: 'umbrella', name: 'Umbrella Group', role: 'VIEWER' },
  { who: 'Sam Single', org: 'hooli', name: 'Hooli', role: 'ADMINISTRATOR' },
  { who: 'Max Many', org: 'branch-001', name: 'Ærø Fisheries', role: 'ADMINISTRATOR' },
  { who: 'Hal Hostile', org: 'hostile', name: 'Hostile Corp', role: 'MEMBER' },
];

const mockUrl = `http://127.0.0.1:${E2E_PORTS.mock}`;

/** Sets the active org on the server before signing in; resolves to what the server answered. */
async function activate(request: APIRequestContext, who: PersonaName, orgSlug: string) {
  const response = await request.put(`${mockUrl}/v2/user/active-org`, {
    headers: { Authorization: `Bearer ${persona(who).token}` },
    data: { orgSlug },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as Answer;
}

async function expandAll(nav: Locator) {
  // The menu renders once the org and the menu's code have arrived.
  await expect(nav.locator('a, button').first()).toBeVisible();
  for (;;) {
    const collapsed = nav.locator('button[aria-expanded="false"]');
    if ((await collapsed.count()) === 0) return;
    await collapsed.first().click();
  }
}

async function expectExactly(nav: Locator, expected: Expected[]) {
  await expandAll(nav);
  await expect(nav.locator('a, button')).toHaveCount(expected.length);
  for (const { role, name } of expected) {
    await expect(nav.getByRole(role, { name, exact: true }).first()).toBeVisible();
  }
}

async function openOrg(page: Page, request: APIRequestContext, who: PersonaName, org: string) {
  const answer = await activate(request, who, org);
  await signIn(page, who, `/o/${org}`);
  await expect(page).toHaveURL(new RegExp(`/o/${org}$`));
  return answer;
}

for (const { who, org, name, role } of CASES) {
  test(`${who} in ${org} (${role}) sees exactly the menu the config allows`, async ({
    page,
    request,
  }) => {
    const answer = await openOrg(page, request, who, org);
    const config = answer.org?.navigation ?? {};
    const granted = answer.permissions;
    expect(answer.org?.role.slug).toBe(role);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await expectExactly(
      page.getByRole('navigation', { name: 'Main' }),
      visibleEntries(config.menu, granted),
    );
    const footer = visibleEntries(config.footer, granted);
    if (footer.length > 0) {
      await expectExactly(page.getByRole('navigation', { name: 'Footer' }), footer);
    } else await expect(page.getByRole('navigation', { name: 'Footer' })).toHaveCount(0);
    const actions = visibleEntries(config.quickActions, granted);
    const region = page.getByRole('region', { name: 'Quick actions' });
    if (actions.length > 0) await expectExactly(region, actions);
    else await expect(region).toContainText('Your role has no quick actions in this organization.');

    await expectNoAxeViolations(page);
  });
}

test('each org of one persona shows a different menu', async ({ page, request }) => {
  const menus = new Set<string>();
  for (const org of ['acme', 'globex', 'initech', 'umbrella']) {
    await page.context().clearCookies();
    await page.goto('/sign-in');
    await page.evaluate(() => localStorage.clear());
    await openOrg(page, request, 'Olivia Owner', org);
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main.getByRole('link').first()).toBeVisible();
    menus.add((await main.getByRole('link').allInnerTexts()).join('|'));
  }
  expect(menus.size).toBe(4);
});

test('marks the current page and remembers a category the user opened, per org', async ({
  page,
  request,
}) => {
  await openOrg(page, request, 'Olivia Owner', 'globex');
  const main = page.getByRole('navigation', { name: 'Main' });
  const people = main.getByRole('button', { name: 'People', exact: true });
  await expect(people).toHaveAttribute('aria-expanded', 'false');
  await expect(main.getByRole('link', { name: 'Members', exact: true })).toBeHidden();

  await people.click();
  await expect(people).toHaveAttribute('aria-expanded', 'true');
  const members = main.getByRole('link', { name: 'Members', exact: true });
  await members.click();
  await expect(page).toHaveURL(/\/o\/globex\/members$/);
  await expect(members).toHaveAttribute('aria-current', 'page');
  await expect(main.getByRole('link', { name: 'Workspaces', exact: true })).not.toHaveAttribute(
    'aria-current',
  );

  await page.reload();
  await expect(main.getByRole('button', { name: 'People', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(members).toHaveAttribute('aria-current', 'page');
});

test('opens external links safely and marks them', async ({ page, request }) => {
  await openOrg(page, request, 'Olivia Owner', 'acme');
  const docs = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Documentation', exact: true });
  await expect(docs).toHaveAttribute('href', 'https://docs.example.com/console');
  await expect(docs).toHaveAttribute('target', '_blank');
  await expect(docs).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(docs).toHaveAccessibleDescription(/opens in a new tab/i);
});

test('a hidden page typed as a URL shows "Not allowed", an unlinked one "Not available", an unknown one "Page not found"', async ({
  page,
  request,
}) => {
  // Initech's menu links Billing for administrators only; Olivia is a member there.
  await activate(request, 'Olivia Owner', 'initech');
  await signIn(page, 'Olivia Owner', '/o/initech/billing');
  await expect(page).toHaveURL(/\/o\/initech\/billing$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(
    page.getByText('Your role in Initech (Member) does not allow you to open Billing.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Billing' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Umbrella's navigation does not link Billing at all, whoever looks.
  await activate(request, 'Olivia Owner', 'umbrella');
  await page.goto('/o/umbrella/billing');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Not available in this organization' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Billing' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the organization home' }).click();
  await expect(page).toHaveURL(/\/o\/umbrella$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Umbrella Group' })).toBeVisible();

  await page.goto('/o/umbrella/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a hostile config renders no unsafe link, runs no script, applies no bad color', async ({
  page,
}) => {
  const expectNoScriptRan = await trapInjectedScripts(page);
  await signIn(page, 'Hal Hostile', '/o/hostile');
  await expect(page).toHaveURL(/\/o\/hostile$/);
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Status (safe)', exact: true })).toBeVisible();
  await expandAll(main);

  for (const scheme of ['javascript', 'data', 'vbscript', '&#', ' ']) {
    await expect(page.locator(`a[href^="${scheme}" i]`)).toHaveCount(0);
  }
  await expect(page.locator('a[href^="//"], a[href*="\\\\"], a[href*="evil"]')).toHaveCount(0);
  for (const label of ['Script link', 'Data link', 'VBScript link', 'Protocol-relative link']) {
    await expect(page.getByText(label, { exact: true })).toHaveCount(0);
  }
  // Markup in labels is text, never elements.
  await expect(
    main.getByRole('link', { name: '<img src=x onerror="window.__xss=1">Workspaces' }),
  ).toBeVisible();
  await expect(page.locator('.app-sidebar img, .app-sidebar script, .app-sidebar b')).toHaveCount(
    0,
  );
  await expect(main.locator('[style*="url"], [style*="expression"]')).toHaveCount(0);
  await expect(main.getByText('Deep item 5', { exact: true })).toBeVisible();
  await expect(main.getByText('Deep item 6', { exact: true })).toHaveCount(0);

  await page.goto('/o/hostile/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
  await expectNoScriptRan();
  await expectNoAxeViolations(page);
});

test('on a phone the menu is a drawer that keeps focus, closes on Escape and on navigation', async ({
  page,
  request,
}) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await openOrg(page, request, 'Olivia Owner', 'acme');
  const toggle = page.getByRole('button', { name: 'Open navigation' });
  const drawer = page.getByRole('dialog', { name: 'Navigation' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();

  await toggle.click();
  const main = drawer.getByRole('navigation', { name: 'Main' });
  await expect(main).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
  // Focus stays inside: tabbing through every control of the drawer never reaches the page.
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(toggle).toBeFocused();

  await toggle.click();
  await drawer.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page).toHaveURL(/\/o\/acme\/members$/);
  await expect(drawer).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('holds the menu space with a skeleton while the org loads, then loads only used icons', async ({
  page,
  mock,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signIn(page, 'Olivia Owner', '/o/acme');
  await expect(page).toHaveURL(/\/o\/acme$/);
  await mock.fault({ endpoint: 'active-org:read', fault: { type: 'delay', ms: 1500 }, times: 1 });
  await page.reload();
  await expect(page.locator('.app-sidebar[aria-busy="true"] .nav-skeleton')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Members', exact: true })).toBeVisible();
  await expect(main.locator('.nav-icon-fallback')).toHaveCount(0);

  // Each icon is its own chunk: acme's config names `folder`, so it loads; `shield` and `activity`
  // are icons the console supports (other orgs' menus use them) that acme does not name, so they
  // never load.
  expect(scripts.some((path) => /\/folder-[\w-]{8}\.js$/.test(path))).toBe(true);
  expect(scripts.some((path) => /\/(shield|activity)-[\w-]{8}\.js$/.test(path))).toBe(false);
});
