import type { NavItem, NavNode } from './model';

function* internalItems(nodes: readonly NavNode[]): Generator<NavItem> {
  for (const node of nodes) {
    if (node.kind === 'item' && node.target.kind === 'internal') yield node;
    else if (node.kind === 'category') yield* internalItems(node.children);
  }
}

/**
 * The one entry of a menu to mark as the current page (`aria-current="page"`), however many
 * link there: the first whose path and query equal the location's, else the first with the same
 * path, else the deepest whose path contains the location's as a parent (`/workspaces` on
 * `/workspaces/new`); an org's home marks only itself.
 */
export function currentEntryKey(
  nodes: readonly NavNode[],
  pathname: string,
  search = '',
): string | undefined {
  const here = pathname.replace(/\/+$/, '');
  let samePath: string | undefined;
  let parent: { key: string; length: number } | undefined;
  for (const item of internalItems(nodes)) {
    if (item.target.kind !== 'internal') continue;
    const [path = '', query = ''] = item.target.to.split(/[?#]/, 2);
    const to = path.replace(/\/+$/, '');
    if (to === here) {
      if (`?${query}` === search || (!query && !search)) return item.key;
      samePath ??= item.key;
    } else if (to.split('/').length > 3 && here.startsWith(`${to}/`)) {
      if (!parent || to.length > parent.length) parent = { key: item.key, length: to.length };
    }
  }
  return samePath ?? parent?.key;
}
