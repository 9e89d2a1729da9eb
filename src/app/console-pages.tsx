import type { ComponentType } from 'react';

/**
 * The console's pages under `/o/:orgSlug/`. Each declares the permissions it needs; the route
 * guard, the menu and the landing rule after a switch all check them with `hasPermissions`.
 */
export type ConsolePage = {
  /** Relative to the org, without a leading slash; '' is the org's home. */
  path: string;
  title: string;
  permissions: string[];
  load: () => Promise<{ Component: ComponentType }>;
};

const placeholder = (title: string) => () =>
  import('./routes/placeholder-page').then(({ placeholderPage }) => ({
    Component: placeholderPage(title),
  }));

export const CONSOLE_PAGES: ConsolePage[] = [
  {
    path: 'settings',
    title: 'Organization settings',
    permissions: ['org:read'],
    load: () =>
      import('../features/org-settings/org-settings-page').then(({ OrgSettingsPage }) => ({
        Component: OrgSettingsPage,
      })),
  },
  {
    path: 'workspaces',
    title: 'Workspaces',
    permissions: ['workspaces:read'],
    load: placeholder('Workspaces'),
  },
  {
    path: 'workspaces/new',
    title: 'Create workspace',
    permissions: ['workspaces:create'],
    load: placeholder('Create workspace'),
  },
  {
    path: 'members',
    title: 'Members',
    permissions: ['members:read'],
    load: placeholder('Members'),
  },
  {
    path: 'billing',
    title: 'Billing',
    permissions: ['billing:read'],
    load: placeholder('Billing'),
  },
  {
    path: 'audit-log',
    title: 'Audit log',
    permissions: ['audit:read'],
    load: placeholder('Audit log'),
  },
];

/** The console page at a path relative to the org ('' or 'workspaces/new'), if there is one. */
export function findConsolePage(path: string): ConsolePage | undefined {
  const normalized = path.replace(/^\/+|\/+$/g, '');
  return CONSOLE_PAGES.find((page) => page.path === normalized);
}
