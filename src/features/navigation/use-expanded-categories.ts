import { useState, useSyncExternalStore } from 'react';
import type { NavCategory } from './model';

const storageKey = (orgSlug: string) => `org-console.nav-expanded.${orgSlug}`;

function read(orgSlug: string): Record<string, boolean> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(orgSlug)) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter(
        (entry): entry is [string, boolean] => typeof entry[1] === 'boolean',
      ),
    );
  } catch {
    return {};
  }
}

/**
 * Which categories are open: as the config says until the user chooses, remembered per org.
 * A store each category subscribes to on its own, so opening one re-renders that one only
 * (a 5,000-entry menu stays responsive).
 */
export type ExpandedCategories = {
  subscribe: (listener: () => void) => () => void;
  isExpanded: (category: NavCategory) => boolean;
  toggle: (category: NavCategory) => void;
};

function createExpandedCategories(orgSlug: string): ExpandedCategories {
  let choices = read(orgSlug);
  const listeners = new Set<() => void>();
  const isExpanded = (category: NavCategory) => choices[category.key] ?? category.expanded;
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isExpanded,
    toggle(category) {
      choices = { ...choices, [category.key]: !isExpanded(category) };
      try {
        localStorage.setItem(storageKey(orgSlug), JSON.stringify(choices));
      } catch {
        // Storage full or blocked: the choice lasts for this page only.
      }
      listeners.forEach((listener) => listener());
    },
  };
}

/** The expanded-categories store of an org's menu (stable for the component's life). */
export function useExpandedCategories(orgSlug: string): ExpandedCategories {
  const [store] = useState(() => createExpandedCategories(orgSlug));
  return store;
}

export function useIsExpanded(store: ExpandedCategories, category: NavCategory): boolean {
  return useSyncExternalStore(store.subscribe, () => store.isExpanded(category));
}
