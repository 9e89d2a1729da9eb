import type { ComponentType } from 'react';
import { pagePathOf } from '../lib/org-path';

/**
 * The console's pages under `/o/:orgSlug/` (the org's home is the index route, open to every
 * member). A page names no permission of its own (docs/contract.md, the permission rule): it is
 * open to every member, or it takes its requirement from the org's navigation config
 * (`pageAccess`). The route guard, the header and the landing rule after a switch all ask
 * `pageAccess`.
 */
export type ConsolePage = {
  /** Relative to the org, without a leading slash. */
  path: string;
  title: string;
  /** `member`: every member of the org; `navigation`: whoever sees an entry linking to it. */
  access: 'member' | 'navigation';
  load: () => Promise<{ Component: ComponentType }>;
};

const placeholder = (title: string) => () =>
  import('./routes/placeholder-page').then(({ placeholderPage }) => ({
    Component: placeholderPage(title),
  }));

/** Open to every member; the user menu links to it. */
export const SETTINGS_PAGE: ConsolePage = {
  path: 'settings',
  title: 'Organization settings',
  access: 'member',
  load: () =>
    import('../features/org-settings/org-settings-page').then(({ OrgSettingsPage }) => ({
      Component: OrgSettingsPage,
    })),
};

export const CONSOLE_PAGES: ConsolePage[] = [
  SETTINGS_PAGE,
  {
    path: 'workspaces',
    title: 'Workspaces',
    access: 'navigation',
    load: placeholder('Workspaces'),
  },
  {
    path: 'workspaces/new',
    title: 'Create workspace',
    access: 'navigation',
    load: placeholder('Create workspace'),
  },
  {
    path: 'members',
    title: 'Members',
    access: 'navigation',
    load: placeholder('Members'),
  },
  {
    path: 'billing',
    title: 'Billing',
    access: 'navigation',
    load: placeholder('Billing'),
  },
  {
    path: 'audit-log',
    title: 'Audit log',
    access: 'navigation',
    load: placeholder('Audit log'),
  },
];

/** The console page at a path relative to the org ('workspaces/new'), if there is one. */
export function findConsolePage(path: string): ConsolePage | undefined {
  const normalized = pagePathOf(path);
  return CONSOLE_PAGES.find((page) => page.path === normalized);
}
