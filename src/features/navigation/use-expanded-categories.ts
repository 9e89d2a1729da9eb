import { useCallback, useState } from 'react';
import type { NavCategory } from './model';

export type ExpandedCategories = {
  isExpanded: (category: NavCategory) => boolean;
  toggle: (category: NavCategory) => void;
};

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

/** Categories start as the config says; the user's choice is remembered per org. */
export function useExpandedCategories(orgSlug: string): ExpandedCategories {
  const [choices, setChoices] = useState(() => read(orgSlug));
  const isExpanded = useCallback(
    (category: NavCategory) => choices[category.key] ?? category.expanded,
    [choices],
  );
  const toggle = useCallback(
    (category: NavCategory) => {
      const next = { ...choices, [category.key]: !(choices[category.key] ?? category.expanded) };
      setChoices(next);
      try {
        localStorage.setItem(storageKey(orgSlug), JSON.stringify(next));
      } catch {
        // Storage full or blocked: the choice lasts for this page only.
      }
    },
    [choices, orgSlug],
  );
  return { isExpanded, toggle };
}
