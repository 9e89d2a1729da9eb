import type { ActiveOrg } from '../api/contract/active-org';
import { validHomePage } from '../features/navigation/home-page';
import { orgPath } from '../lib/org-path';
import { findConsolePage } from './console-pages';
import { pageAccess } from './page-access';

function allowedPage(activeOrg: ActiveOrg, path: string): boolean {
  const page = findConsolePage(path);
  return page !== undefined && pageAccess(activeOrg, page) === 'allowed';
}

/**
 * Where a user lands in an org: the page they were on (`fromPath`, relative to the org) when
 * it exists there and they may see it; else the org's `homePage` when it is valid and a page
 * they may see; else the org's console home.
 */
export function landingPath(activeOrg: ActiveOrg, fromPath?: string): string {
  const org = activeOrg.org;
  if (!org) return '/no-organization';
  if (fromPath !== undefined) {
    if (fromPath === '') return orgPath(org.slug);
    if (allowedPage(activeOrg, fromPath)) return orgPath(org.slug, fromPath);
  }
  const homePage = validHomePage(org.navigation)?.replace(/^\/+|\/+$/g, '');
  if (homePage !== undefined && (homePage === '' || allowedPage(activeOrg, homePage))) {
    return orgPath(org.slug, homePage);
  }
  return orgPath(org.slug);
}
