import type { MenuEntry, Navigation } from '../../api/contract/navigation';
import { hasPermissions } from '../../lib/permissions';
import { internalPage } from '../../lib/org-path';

/** Entries nested deeper than this are dropped: a sidebar cannot show more, and recursion stays bounded. */
export const MAX_DEPTH = 6;

/** A config string, trimmed; undefined when empty or not a string. */
export const trimmedText = (value: unknown) =>
  (typeof value === 'string' ? value.trim() : '') || undefined;

function links(
  entries: readonly MenuEntry[],
  allows: (required: readonly string[]) => boolean,
  depth: number,
): string[] {
  if (depth > MAX_DEPTH) return [];
  return entries.flatMap((entry) => {
    if (entry.type !== 'item' && entry.type !== 'category') return [];
    if (!trimmedText(entry.label) || !allows(entry.permissions)) return [];
    if (entry.type === 'category') return links(entry.items, allows, depth + 1);
    // classifyHref's internal case, without the parts for external links.
    const page = entry.href ? internalPage(entry.href) : undefined;
    return page ? [page.path] : [];
  });
}

// Every page guard, landing and the home page ask about the same answer: a huge menu is walked
// once per answer and permission set.
const linked = new WeakMap<Navigation, Map<readonly string[] | 'any', Set<string>>>();

/**
 * The org-relative pages (`workspaces/new`) that entries of the menu, footer and quick actions
 * link to, when the menu (`buildNavigation`) would show them to a user holding `permissions`:
 * a label, every permission of the entry and of the categories above it, a safe internal href,
 * at most MAX_DEPTH deep. `'any'`: the pages the config links to at all. Kept apart from the
 * menu's model so the route guards do not load it; a test holds the two to the same answer.
 */
export function linkedPages(
  navigation: Navigation,
  permissions: readonly string[] | 'any',
): ReadonlySet<string> {
  const known = linked.get(navigation) ?? new Map<readonly string[] | 'any', Set<string>>();
  linked.set(navigation, known);
  let pages = known.get(permissions);
  if (!pages) {
    const allows =
      permissions === 'any'
        ? () => true
        : (required: readonly string[]) => hasPermissions(permissions, required);
    pages = new Set(
      [navigation.menu, navigation.footer, navigation.quickActions].flatMap((entries) =>
        links(entries, allows, 1),
      ),
    );
    known.set(permissions, pages);
  }
  return pages;
}
