import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

// public/theme-init.js reads the same key before the first paint.
const KEY = 'org-console.theme';
const listeners = new Set<() => void>();
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function readThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function apply() {
  const choice = readThemeChoice();
  const dark = choice === 'dark' || (choice === 'system' && darkQuery().matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
  listeners.forEach((listener) => listener());
}

/** Remembers the choice in this browser and applies it at once. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Not remembered; it still applies to this page.
  }
  apply();
}

/** Keeps the page's theme in step with the system and with other tabs; returns the cleanup. */
export function followThemeChanges(): () => void {
  const query = darkQuery();
  const onStorage = (event: StorageEvent) => event.key === KEY && apply();
  query.addEventListener('change', apply);
  window.addEventListener('storage', onStorage);
  return () => {
    query.removeEventListener('change', apply);
    window.removeEventListener('storage', onStorage);
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, readThemeChoice, () => 'system');
}
