import type { ActiveOrg, OrgSummary } from '../../api/contract/active-org';
import { foldForSearch, orderAndFilterOrgs } from '../../features/active-org/switcher/org-search';
import type { NavTarget } from '../../features/navigation/href';
import { buildNavigation, type NavNode } from '../../features/navigation/model';
import { orgPath } from '../../lib/org-path';
import { SETTINGS_PAGE } from '../console-pages';
import { pageAccess } from '../page-access';

export type PageEntry = {
  kind: 'page';
  key: string;
  label: string;
  /** Where it sits in the menu ("Workspaces › "), for telling equal labels apart. */
  trail: string;
  target: Exclude<NavTarget, { kind: 'none' }>;
};
export type OrgEntry = { kind: 'org'; key: string; org: OrgSummary; current: boolean };
export type PaletteEntry = PageEntry | OrgEntry;

/** Every menu entry the user may open in the active org, plus its home and settings. */
export function pageEntries(activeOrg: ActiveOrg): PageEntry[] {
  const org = activeOrg.org;
  if (!org) return [];
  const tree = buildNavigation(org.navigation, activeOrg.permissions, org.slug);
  const entries: PageEntry[] = [];
  const seen = new Set<string>();
  const add = (entry: PageEntry) => {
    const where = entry.target.kind === 'internal' ? entry.target.to : entry.target.href;
    if (seen.has(where)) return;
    seen.add(where);
    entries.push(entry);
  };
  const internal = (key: string, label: string, path: string): PageEntry => ({
    kind: 'page',
    key,
    label,
    trail: '',
    target: { kind: 'internal', to: orgPath(org.slug, path), path, newTab: false },
  });
  add(internal('console:home', 'Overview', ''));
  const walk = (nodes: NavNode[], trail: string) => {
    for (const node of nodes) {
      if (node.kind === 'item')
        add({ kind: 'page', key: node.key, label: node.label, trail, target: node.target });
      else if (node.kind === 'category') walk(node.children, `${trail}${node.label} › `);
    }
  };
  walk(tree.menu, '');
  walk(tree.footer, '');
  if (pageAccess(activeOrg, SETTINGS_PAGE) === 'allowed')
    add(internal('console:settings', SETTINGS_PAGE.title, SETTINGS_PAGE.path));
  return entries;
}

/** What the palette lists for a query: matching pages, then orgs (recent first, as the switcher). */
export function paletteEntries(
  activeOrg: ActiveOrg,
  pages: readonly PageEntry[],
  recentSlugs: readonly string[],
  query: string,
): PaletteEntry[] {
  const needle = foldForSearch(query.trim());
  const matchingPages = needle
    ? pages.filter((page) => foldForSearch(`${page.trail}${page.label}`).includes(needle))
    : pages;
  const orgs = orderAndFilterOrgs(activeOrg.organizations, recentSlugs, query).map(
    (org): OrgEntry => ({
      kind: 'org',
      key: `org:${org.slug}`,
      org,
      current: org.slug === activeOrg.org?.slug,
    }),
  );
  return [...matchingPages, ...orgs];
}
