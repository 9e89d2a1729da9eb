import type { MenuEntry, Navigation } from '../api/contract/navigation';

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const BAD_HREFS = [
  'javascript:window.__xss=1',
  'data:text/html,<b>x</b>',
  '//evil.example',
  ' javascript:1',
];
const BAD_COLORS = [
  'red;background:url(x)',
  'expression(alert(1))',
  'url(javascript:1)',
  '#12345g',
];
const LONG = `${IMG}Quarterly ${'report '.repeat(1500)}`.slice(0, 10_000);

/**
 * 20 entries a group, of every hostile kind: 250 groups make the 5,000-entry menu the console
 * must keep safe, bounded and usable; 100 make the 2,000-entry menu the benchmark renders.
 */
export function hugeNavigation(groups: number): Partial<Navigation> {
  const menu: MenuEntry[] = Array.from({ length: groups }, (_, group) => ({
    id: `group-${group}`,
    type: 'category',
    label: group % 10 === 0 ? `${SCRIPT}Group ${group}` : `Group ${group}`,
    icon: group % 7 === 0 ? 'constructor' : 'folder',
    color: BAD_COLORS[group % BAD_COLORS.length] ?? '',
    expanded: group < 2,
    permissions: [],
    features: [],
    items: Array.from({ length: 19 }, (_, index): MenuEntry => {
      const id = `entry-${group}-${index}`;
      if (index % 6 === 5) return { id, type: 'divider' };
      return {
        id,
        type: 'item',
        label:
          index === 0 && group === 0
            ? LONG
            : `${index % 4 === 0 ? IMG : ''}Entry ${group}.${index}`,
        href: index % 3 === 2 ? (BAD_HREFS[index % BAD_HREFS.length] ?? '') : '/workspaces',
        ...(index % 5 === 0 && { badge: SCRIPT }),
        color: BAD_COLORS[index % BAD_COLORS.length] ?? '',
        permissions: [],
        features: [],
      };
    }),
  }));
  return { version: 1, homePage: `/${SCRIPT}`, menu, footer: [], quickActions: [] };
}

export const HUGE_ORG_COUNT = 1_000;

/** Names of the 1,000 orgs: markup, script and very long names among them. */
export function hugeOrgName(index: number): string {
  if (index === 0) return `${IMG}Huge & Hostile ${'Holdings '.repeat(1200)}`.slice(0, 10_000);
  if (index % 50 === 0) return `${SCRIPT}Org ${index}`;
  return `Hostile org ${String(index).padStart(4, '0')}`;
}
