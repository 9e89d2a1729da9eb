import { describe, expect, it } from 'vitest';
import { NavigationSchema, type MenuEntry } from '../../api/contract/navigation';
import example from '../../mocks/documents/003-active-org.json' with { type: 'json' };
import { hugeNavigation } from '../../mocks/huge-navigation';
import { NAVIGATIONS } from '../../mocks/navigation-fixtures';
import { buildNavigation, type NavNode } from './model';
import { linkedPages } from './visibility';

const CONFIGS = {
  ...NAVIGATIONS,
  huge: hugeNavigation(3),
  documents: example.org.navigation,
};

function carried(entries: readonly MenuEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.type === 'divider'
      ? []
      : [...entry.permissions, ...(entry.type === 'category' ? carried(entry.items) : [])],
  );
}

function shownPages(nodes: readonly NavNode[]): string[] {
  return nodes.flatMap((node) =>
    node.kind === 'category'
      ? shownPages(node.children)
      : node.kind === 'item' && node.target.kind === 'internal'
        ? [node.target.path]
        : [],
  );
}

describe('linkedPages agrees with the menu', () => {
  it.each(Object.entries(CONFIGS))(
    '%s: a page is linked exactly when the menu shows a link to it',
    async (_, wire) => {
      const navigation = await NavigationSchema.parseAsync(wire);
      const all = [
        ...new Set(carried([...navigation.menu, ...navigation.footer, ...navigation.quickActions])),
      ];
      // No permission, each one alone, each one left out, and all of them.
      const grants = [
        [],
        all,
        ...all.map((p) => [p]),
        ...all.map((p) => all.filter((q) => q !== p)),
      ];
      for (const granted of grants) {
        const tree = buildNavigation(navigation, granted, 'acme');
        const shown = new Set(shownPages([...tree.menu, ...tree.footer, ...tree.quickActions]));
        expect(linkedPages(navigation, granted), JSON.stringify(granted)).toEqual(shown);
      }
      // 'any' is what the menu shows to someone holding every permission the config names.
      const everything = buildNavigation(navigation, all, 'acme');
      expect(linkedPages(navigation, 'any')).toEqual(
        new Set(shownPages([...everything.menu, ...everything.footer, ...everything.quickActions])),
      );
    },
  );
});
