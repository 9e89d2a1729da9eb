import type { ComponentType, SVGProps } from 'react';

export type IconComponent = ComponentType<SVGProps<SVGSVGElement> & { size?: number }>;

type IconModule = Promise<{ default: IconComponent }>;

/**
 * The lucide icons the console supports: the names the API documents and the mock's
 * navigation configs use (decision 020). One lazy chunk per icon; any other name the server
 * sends gets the neutral glyph and fetches nothing. A Map, so a name such as `constructor`
 * cannot reach Object.prototype.
 */
const ICONS = new Map<string, () => IconModule>([
  ['activity', () => import('lucide-react/icons/activity')],
  ['book-open', () => import('lucide-react/icons/book-open')],
  ['credit-card', () => import('lucide-react/icons/credit-card')],
  ['folder', () => import('lucide-react/icons/folder')],
  ['folder-kanban', () => import('lucide-react/icons/folder-kanban')],
  ['folder-plus', () => import('lucide-react/icons/folder-plus')],
  ['layers', () => import('lucide-react/icons/layers')],
  ['layout-grid', () => import('lucide-react/icons/layout-grid')],
  ['plus', () => import('lucide-react/icons/plus')],
  ['scroll-text', () => import('lucide-react/icons/scroll-text')],
  ['settings', () => import('lucide-react/icons/settings')],
  ['shield', () => import('lucide-react/icons/shield')],
  ['user-plus', () => import('lucide-react/icons/user-plus')],
  ['users', () => import('lucide-react/icons/users')],
]);

/** Every supported name (a test loads them all up front). */
export const ICON_NAMES: readonly string[] = [...ICONS.keys()];

const cache = new Map<string, Promise<IconComponent | null>>();
const NONE = Promise.resolve(null);

export function hasIcon(name: string): boolean {
  return ICONS.has(name);
}

/** The supported icon of that name (null if its chunk fails), or null for any other name. */
export function loadIcon(name: string): Promise<IconComponent | null> {
  const load = ICONS.get(name);
  if (!load) return NONE;
  let icon = cache.get(name);
  if (!icon) {
    icon = load()
      .then((module) => module.default)
      .catch(() => null);
    cache.set(name, icon);
  }
  return icon;
}
