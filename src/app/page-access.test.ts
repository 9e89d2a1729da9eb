import { beforeAll, describe, expect, it } from 'vitest';
import { ActiveOrgSchema, type ActiveOrg } from '../api/contract/active-org';
import type { MenuEntry, MenuItem, Navigation } from '../api/contract/navigation';
import { createDb } from '../mocks/db';
import { CONSOLE_PAGES, SETTINGS_PAGE, type ConsolePage } from './console-pages';
import { pageAccess } from './page-access';

const link = (href: string, permissions: string[] = [], extra: Partial<MenuItem> = {}) =>
  ({
    id: href,
    type: 'item',
    label: href,
    href,
    permissions,
    features: [],
    ...extra,
  }) satisfies MenuItem;
const category = (id: string, items: MenuEntry[], permissions: string[] = []): MenuEntry => ({
  id,
  type: 'category',
  label: id,
  permissions,
  features: [],
  items,
});

function context(navigation: Partial<Navigation>, permissions: string[]): ActiveOrg {
  return {
    org: {
      slug: 'acme',
      name: 'Acme',
      branding: {},
      navigation: { menu: [], footer: [], quickActions: [], ...navigation },
      role: { slug: 'MEMBER', permissions, scopes: [] },
      groups: [],
    },
    permissions,
    organizations: [],
  };
}
const page = (path: string): Pick<ConsolePage, 'path' | 'access'> => ({
  path,
  access: 'navigation',
});

describe("a page's requirement, derived from the org's navigation config", () => {
  const config: Partial<Navigation> = {
    menu: [
      category('admin', [link('/billing', ['billing.read'])], ['admin.area']),
      link('/members', ['members:read']),
      link('/audit-log', [], { label: '   ' }),
      link('/workspaces/new?from=menu#top', ['workspaces.create', 'workspaces.read']),
    ],
    footer: [link('/members/', ['members:manage'])],
    quickActions: [link('/workspaces', ['<string>'])],
  };
  it.each([
    ['members', [], 'not-allowed'],
    ['members', ['members:read'], 'allowed'],
    // Any one entry linking to the page is enough: the footer's needs another permission.
    ['members', ['members:manage'], 'allowed'],
    // A category's permissions apply to what is inside it, as in the menu.
    ['billing', ['billing.read'], 'not-allowed'],
    ['billing', ['billing.read', 'admin.area'], 'allowed'],
    // Query, fragment and trailing slash do not change the page; every permission is needed.
    ['workspaces/new', ['workspaces.create'], 'not-allowed'],
    ['workspaces/new', ['workspaces.read', 'workspaces.create'], 'allowed'],
    // Quick actions count, whatever the permission looks like.
    ['workspaces', ['<string>'], 'allowed'],
    ['workspaces', ['workspaces:read', 'workspaces.read', '*'], 'not-allowed'],
    // An entry the menu would not show (no label) links to nothing.
    ['audit-log', ['audit:read'], 'not-available'],
    ['reports', ['*'], 'not-available'],
  ])('%s with %j: %s', (path, permissions, expected) => {
    expect(pageAccess(context(config, permissions), page(path))).toBe(expected);
  });

  it('an unsafe or external href links no page', () => {
    const unsafe = {
      menu: [
        link('//evil.example/billing'),
        link('https://example.com/billing'),
        link('javascript:/billing'),
      ],
    };
    expect(pageAccess(context(unsafe, []), page('billing'))).toBe('not-available');
  });

  it("with the documents' example config, every member may open what it links", () => {
    const example = {
      menu: [category('workspaces', [link('/workspaces'), link('/workspaces/new')])],
    };
    for (const permissions of [[], ['<string>']]) {
      expect(pageAccess(context(example, permissions), page('workspaces'))).toBe('allowed');
      expect(pageAccess(context(example, permissions), page('workspaces/new'))).toBe('allowed');
      expect(pageAccess(context(example, permissions), page('members'))).toBe('not-available');
    }
  });

  it('the settings page is open to every member, whatever the navigation says', () => {
    const hidden = { footer: [link('/settings', ['settings:read'])] };
    expect(pageAccess(context(hidden, []), SETTINGS_PAGE)).toBe('allowed');
    expect(pageAccess(context({}, []), SETTINGS_PAGE)).toBe('allowed');
  });
});

/** Every permission string the config's entries and features carry. */
function carried(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.type === 'divider'
      ? []
      : [
          ...entry.permissions,
          ...entry.features.flatMap((feature) => feature.permissions),
          ...(entry.type === 'category' ? carried(entry.items) : []),
        ],
  );
}

/** Every distinct navigation the mock backend serves, as the console reads it. */
async function servedContexts(): Promise<ActiveOrg[]> {
  const db = createDb();
  const seen = new Set<string>();
  const contexts: ActiveOrg[] = [];
  for (const user of db.users()) {
    for (const membership of user.memberships) {
      const org = db.findOrg(membership.orgSlug);
      if (!org) continue;
      const key = `${org.navigation}/${org.vocabulary}/${membership.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      db.setActiveOrg(user, org.slug);
      contexts.push(await ActiveOrgSchema.parseAsync(db.activeOrgAnswer(user)));
    }
  }
  return contexts;
}

describe('no console page requires a permission that no navigation entry carries', () => {
  let contexts: ActiveOrg[] = [];
  beforeAll(async () => {
    contexts = await servedContexts();
  });

  it('covers every navigation the mock serves, Dora Documented included', () => {
    expect(contexts.length).toBeGreaterThan(10);
    expect(contexts.some((c) => c.org?.slug === '<string>')).toBe(true);
  });

  it.each(CONSOLE_PAGES.map((p) => [p.path, p] as const))(
    '%s: holding everything the config carries opens it, unless nothing links to it',
    (_, consolePage) => {
      for (const activeOrg of contexts) {
        const navigation = activeOrg.org?.navigation;
        if (!navigation) continue;
        const everything = [
          ...new Set(
            carried([...navigation.menu, ...navigation.footer, ...navigation.quickActions]),
          ),
        ];
        const access = pageAccess({ ...activeOrg, permissions: everything }, consolePage);
        expect(access, activeOrg.org?.slug).not.toBe('not-allowed');
        if (consolePage.access === 'member') {
          expect(pageAccess({ ...activeOrg, permissions: [] }, consolePage)).toBe('allowed');
        }
      }
    },
  );
});
