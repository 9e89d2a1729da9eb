import type { ActiveOrg } from '../api/contract/active-org';
import { hasPermissions } from '../lib/permissions';
import { findConsolePage } from './console-pages';

const HOME_PAGE_PATTERN = /^\/[a-zA-Z0-9\-_/]*$/;

export function orgHomePath(slug: string): string {
  return `/o/${encodeURIComponent(slug)}`;
}

/** The path inside an org's URL: `/o/acme/workspaces/new` → `workspaces/new`. */
export function pathInOrg(pathname: string): string {
  return pathname.split('/').slice(3).filter(Boolean).join('/');
}

function allowedPage(activeOrg: ActiveOrg, path: string): boolean {
  const page = findConsolePage(path);
  return page !== undefined && hasPermissions(activeOrg.permissions, page.permissions);
}

/**
 * Where a user lands in an org: the page they were on (`fromPath`, relative to the org) when
 * it exists there and they may see it; else the org's `homePage` when it is valid and a page
 * they may see; else the org's console home.
 */
export function landingPath(activeOrg: ActiveOrg, fromPath?: string): string {
  const org = activeOrg.org;
  if (!org) return '/no-organization';
  const home = orgHomePath(org.slug);
  if (fromPath !== undefined) {
    if (fromPath === '') return home;
    if (allowedPage(activeOrg, fromPath)) return `${home}/${fromPath}`;
  }
  const homePage = org.navigation.homePage;
  if (homePage && HOME_PAGE_PATTERN.test(homePage)) {
    const path = homePage.replace(/^\/+|\/+$/g, '');
    if (path === '' || allowedPage(activeOrg, path)) return path ? `${home}/${path}` : home;
  }
  return home;
}
