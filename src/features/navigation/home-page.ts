import type { Navigation } from '../../api/contract/navigation';

const HOME_PAGE = /^\/[a-zA-Z0-9\-_/]*$/;

/**
 * The org's `homePage` when it is a plain org-relative path (`/workspaces`), else undefined.
 * Relative to the org: link to it as `/o/{slug}{homePage}`.
 */
export function validHomePage(navigation: Pick<Navigation, 'homePage'>): string | undefined {
  const { homePage } = navigation;
  if (!homePage || !HOME_PAGE.test(homePage) || homePage.includes('//')) return undefined;
  return homePage;
}
