import type { ActiveOrg, OrgSummary } from '../../api/contract/active-org';
import { foldForSearch, orderAndFilterOrgs } from '../../features/active-org/switcher/org-search';
import type { NavTarget } from '../../features/navigation/href';
import { buildNavigation, type NavNode } from '../../features/navigation/model';
import { orgPath } from '../../lib/org-path';
import { CONSOLE_PAGES, SETTINGS_PAGE } from '../console-pages';
import { pageAccess } from '../page-access';

export type PageEntry = {
  kind: 'page';
  key: string;
  label: string;
  /** Where it sits in the menu ("Workspaces › "), for telling equal labels apart. */
  trail: string;
  /** What a search matches, folded. */
  terms: string;
  target: Exclude<NavTarget, { kind: 'none' }>;
};
/** A page of another org: opening its URL switches to that org (the `/o/:orgSlug` loader). */
export type OrgPageEntry = {
  kind: 'org-page';
  key: string;
  label: string;
  org: OrgSummary;
  to: string;
};
export type OrgEntry = { kind: 'org'; key: string; org: OrgSummary; current: boolean };
export type PaletteEntry = PageEntry | OrgPageEntry | OrgEntry;

const HOME = { path: '', title: 'Overview', terms: 'overview home' };

/**
 * The pages offered in the user's other orgs: the home and the pages every member may open.
 * Their menus are unknown until a switch brings their navigation, so none of their entries is.
 */
const MEMBER_PAGES = [
  HOME,
  ...CONSOLE_PAGES.filter((page) => page.access === 'member').map((page) => ({
    path: page.path,
    title: page.title,
    terms: foldForSearch(page.title),
  })),
];

/** Every menu entry the user may open in the active org, plus its home and settings. */
export function pageEntries(activeOrg: ActiveOrg): PageEntry[] {
  const org = activeOrg.org;
  if (!org) return [];
  const tree = buildNavigation(org.navigation, activeOrg.permissions, org.slug);
  const entries: PageEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: Omit<PageEntry, 'kind' | 'terms'>, terms = '') => {
    const where = entry.target.kind === 'internal' ? entry.target.to : entry.target.href;
    if (seen.has(where)) return;
    seen.add(where);
    entries.push({
      ...entry,
      kind: 'page',
      terms: `${foldForSearch(`${entry.trail}${entry.label}`)} ${terms}`,
    });
  };
  const internal = (key: string, label: string, path: string) => ({
    key,
    label,
    trail: '',
    target: { kind: 'internal', to: orgPath(org.slug, path), path, newTab: false } as const,
  });
  add(internal('console:home', HOME.title, HOME.path), HOME.terms);
  const walk = (nodes: NavNode[], trail: string) => {
    for (const node of nodes) {
      if (node.kind === 'item')
        add({ key: node.key, label: node.label, trail, target: node.target });
      else if (node.kind === 'category') walk(node.children, `${trail}${node.label} › `);
    }
  };
  walk(tree.menu, '');
  walk(tree.footer, '');
  if (pageAccess(activeOrg, SETTINGS_PAGE) === 'allowed')
    add(internal('console:settings', SETTINGS_PAGE.title, SETTINGS_PAGE.path));
  return entries;
}

const orgTerms = (org: { name: string; slug: string }) => `${foldForSearch(org.name)} ${org.slug}`;

/**
 * Whether a search's words find a page: every word is in the page's or the org's terms, some
 * word is in the page's. With `orgNamed`, another word must name the org as well ("globex
 * settings"), so "settings" alone does not list the settings of every org.
 */
function wordsFind(words: string[], page: string, org: string, orgNamed: boolean): boolean {
  const inPage = words.map((word) => page.includes(word));
  const inOrg = words.map((word) => org.includes(word));
  if (!words.every((_, i) => inPage[i] || inOrg[i])) return false;
  if (!orgNamed) return inPage.some(Boolean);
  return inOrg.some((named, i) => named && inPage.some((found, j) => found && j !== i));
}

/**
 * What the palette lists for a query: the active org's matching pages; the member pages of the
 * user's other orgs when the query names both the page and the org; then orgs (recent first,
 * the switcher's search).
 */
export function paletteEntries(
  activeOrg: ActiveOrg,
  pages: readonly PageEntry[],
  recentSlugs: readonly string[],
  query: string,
): PaletteEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const current = activeOrg.org;
  const here = current ? orgTerms(current) : '';
  const matchingPages = words.length
    ? pages.filter((page) => wordsFind(words, page.terms, here, false))
    : pages;
  const elsewhere: OrgPageEntry[] =
    words.length < 2
      ? []
      : orderAndFilterOrgs(activeOrg.organizations, recentSlugs, '').flatMap((org) => {
          if (org.slug === current?.slug) return [];
          const terms = orgTerms(org);
          return MEMBER_PAGES.filter((page) => wordsFind(words, page.terms, terms, true)).map(
            (page): OrgPageEntry => ({
              kind: 'org-page',
              key: `org-page:${org.slug}:${page.path}`,
              label: page.title,
              org,
              to: orgPath(org.slug, page.path),
            }),
          );
        });
  const orgs = orderAndFilterOrgs(activeOrg.organizations, recentSlugs, query).map(
    (org): OrgEntry => ({
      kind: 'org',
      key: `org:${org.slug}`,
      org,
      current: org.slug === current?.slug,
    }),
  );
  return [...matchingPages, ...elsewhere, ...orgs];
}
