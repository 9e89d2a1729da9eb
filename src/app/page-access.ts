import type { ActiveOrg } from '../api/contract/active-org';
import { linkedPages } from '../features/navigation/visibility';
import type { ConsolePage } from './console-pages';

/**
 * `allowed`: open it. `not-allowed`: the org's navigation links to it, but no entry the user may
 * see does. `not-available`: nothing in the org's navigation links to it (docs/decisions/009).
 */
export type PageAccess = 'allowed' | 'not-allowed' | 'not-available';

/**
 * Who may open a console page in the active org. A `member` page is open to every member; any
 * other page is open when at least one entry of the menu, footer or quick actions that the menu
 * would show this user links to it: the same walk as the menu, so a link shown is a page allowed.
 */
export function pageAccess(
  activeOrg: ActiveOrg,
  page: Pick<ConsolePage, 'path' | 'access'>,
): PageAccess {
  const org = activeOrg.org;
  if (!org) return 'not-available';
  if (page.access === 'member') return 'allowed';
  if (linkedPages(org.navigation, activeOrg.permissions).has(page.path)) return 'allowed';
  return linkedPages(org.navigation, 'any').has(page.path) ? 'not-allowed' : 'not-available';
}
