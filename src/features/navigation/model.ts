import type { MenuEntry, MenuFeature, Navigation } from '../../api/contract/navigation';
import { hasPermissions } from '../../lib/permissions';
import { validColor } from '../../lib/css-color';
import { classifyHref, type NavTarget } from './href';

import { MAX_DEPTH, trimmedText } from './visibility';

export { MAX_DEPTH };

export type NavFeature = { key: string; type: MenuFeature['type']; label: string };
type NodeBase = {
  /** Unique in the whole navigation (server ids may repeat): React keys and remembered state. */
  key: string;
  label: string;
  icon: string | undefined;
  color: string | undefined;
  badge: string | undefined;
};
export type NavItem = NodeBase & {
  kind: 'item';
  target: Exclude<NavTarget, { kind: 'none' }>;
  features: NavFeature[];
};
export type NavCategory = NodeBase & { kind: 'category'; expanded: boolean; children: NavNode[] };
export type NavDivider = { kind: 'divider'; key: string };
export type NavNode = NavItem | NavCategory | NavDivider;

export type NavTree = {
  menu: NavNode[];
  footer: NavNode[];
  quickActions: NavItem[];
};

type Context = {
  permissions: readonly string[];
  orgSlug: string;
  uniqueKey: (id: string) => string;
};

const ICON_NAME = /^[a-z0-9-]{1,64}$/;

const text = trimmedText;

function keyFactory() {
  const seen = new Set<string>();
  return (id: string) => {
    let key = id;
    for (let n = 2; seen.has(key); n += 1) key = `${id}~${n}`;
    seen.add(key);
    return key;
  };
}

function features(list: readonly MenuFeature[], context: Context): NavFeature[] {
  return list.flatMap((feature) => {
    const label = text(feature.label);
    if (!label || !hasPermissions(context.permissions, feature.permissions)) return [];
    return [{ key: context.uniqueKey(`feature:${feature.id}`), type: feature.type, label }];
  });
}

/** No divider first, last, or next to another one. */
function tidyDividers(nodes: NavNode[]): NavNode[] {
  const result: NavNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'divider' && (result.length === 0 || result.at(-1)?.kind === 'divider')) {
      continue;
    }
    result.push(node);
  }
  if (result.at(-1)?.kind === 'divider') result.pop();
  return result;
}

function entries(list: readonly MenuEntry[], context: Context, depth: number): NavNode[] {
  if (depth > MAX_DEPTH) return [];
  const nodes = list.flatMap((entry): NavNode[] => {
    if (entry.type === 'divider') return [{ kind: 'divider', key: context.uniqueKey(entry.id) }];
    const label = text(entry.label);
    if (!label || !hasPermissions(context.permissions, entry.permissions)) return [];
    const icon = text(entry.icon);
    const base = {
      label,
      icon: icon && ICON_NAME.test(icon) ? icon : undefined,
      color: validColor(entry.color),
      badge: text(entry.badge),
    };
    if (entry.type === 'category') {
      const children = entries(entry.items, context, depth + 1);
      if (!children.some((child) => child.kind !== 'divider')) return [];
      const key = context.uniqueKey(entry.id);
      return [{ ...base, kind: 'category', key, expanded: entry.expanded ?? true, children }];
    }
    // An item that cannot be a safe link is not shown: a dead menu entry helps nobody.
    const target = classifyHref(entry.href, context.orgSlug, entry.target);
    if (target.kind === 'none') return [];
    const key = context.uniqueKey(entry.id);
    return [{ ...base, kind: 'item', key, target, features: features(entry.features, context) }];
  });
  return tidyDividers(nodes);
}

function items(nodes: NavNode[]): NavItem[] {
  return nodes.flatMap((node) =>
    node.kind === 'item' ? [node] : node.kind === 'category' ? items(node.children) : [],
  );
}

// The sidebar, the drawer, the quick actions and the palette all ask for the same answer's tree:
// a huge menu is walked once per answer.
const built = new WeakMap<
  Navigation,
  { permissions: readonly string[]; orgSlug: string; tree: NavTree }
>();

/** The menu, footer and quick actions this user may see in this org, safe to render. */
export function buildNavigation(
  navigation: Navigation,
  permissions: readonly string[],
  orgSlug: string,
): NavTree {
  const last = built.get(navigation);
  if (last?.permissions === permissions && last.orgSlug === orgSlug) return last.tree;
  const context: Context = { permissions, orgSlug, uniqueKey: keyFactory() };
  const tree = {
    menu: entries(navigation.menu, context, 1),
    footer: entries(navigation.footer, context, 1),
    quickActions: items(entries(navigation.quickActions, context, 1)),
  };
  built.set(navigation, { permissions, orgSlug, tree });
  return tree;
}

/** `buildNavigation(…).quickActions` without the menu (the org's home shows only these). */
export function buildQuickActions(
  navigation: Pick<Navigation, 'quickActions'>,
  permissions: readonly string[],
  orgSlug: string,
): NavItem[] {
  const context: Context = { permissions, orgSlug, uniqueKey: keyFactory() };
  return items(entries(navigation.quickActions, context, 1));
}

/** Whether the menu and footer hold more than `limit` entries, at any depth. */
export function isLargeNavigation(navigation: Navigation, limit: number): boolean {
  let left = limit;
  const count = (list: readonly MenuEntry[]): boolean =>
    list.some((entry) => {
      left -= 1;
      return left < 0 || (entry.type === 'category' && count(entry.items));
    });
  return count(navigation.menu) || count(navigation.footer);
}
