import type { Navigation } from '../../api/contract/navigation';
import { normalizeInternalPath } from '../../lib/internal-path';

/**
 * The org's `homePage` normalized by the one path rule (`/workspaces`), when it is an
 * org-relative path without query or fragment; else undefined. Link to it as `/o/{slug}{homePage}`.
 */
export function validHomePage(navigation: Pick<Navigation, 'homePage'>): string | undefined {
  const path = navigation.homePage ? normalizeInternalPath(navigation.homePage) : null;
  return path && !/[?#]/.test(path) ? path : undefined;
}
