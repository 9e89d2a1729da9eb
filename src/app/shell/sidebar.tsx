import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { NavSkeleton } from '../../features/navigation/nav-skeleton';

// The same module `app/preload.ts` starts loading at boot (importing that file from here would
// close a cycle: it lazily imports the org layout, which renders this sidebar).
const SidebarMenu = lazy(() =>
  import('../../features/navigation/sidebar-menu').then(({ SidebarMenu }) => ({
    default: SidebarMenu,
  })),
);

/** The org's menus, from the `activeOrg` given and nothing else; a skeleton while it loads. */
export function MenuPanel({
  activeOrg,
  compact,
}: {
  activeOrg: ActiveOrg | undefined;
  compact: boolean;
}) {
  const org = activeOrg?.org;
  if (!org) return <NavSkeleton />;
  return (
    // Keyed by org: nothing of one org's menu state survives into another's.
    <Suspense fallback={<NavSkeleton />}>
      <SidebarMenu
        key={org.slug}
        org={org}
        permissions={activeOrg.permissions}
        compact={compact}
        placeholder={<NavSkeleton />}
      />
    </Suspense>
  );
}

const COLLAPSED_KEY = 'org-console.sidebar-collapsed';
const collapsedListeners = new Set<() => void>();
function readCollapsed(): boolean {
  try {
    return localStorage.getItem(COLLAPSED_KEY) === '1';
  } catch {
    return false;
  }
}
function setCollapsed(collapsed: boolean) {
  try {
    if (collapsed) localStorage.setItem(COLLAPSED_KEY, '1');
    else localStorage.removeItem(COLLAPSED_KEY);
  } catch {
    // Not remembered: it still applies to this page.
  }
  collapsedListeners.forEach((listener) => listener());
}
const subscribeCollapsed = (listener: () => void) => {
  collapsedListeners.add(listener);
  return () => collapsedListeners.delete(listener);
};

/** The desktop sidebar: the menus, collapsible to icons (remembered in this browser). */
export function Sidebar({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const collapsed = useSyncExternalStore(subscribeCollapsed, readCollapsed, () => false);
  return (
    <aside
      className="app-sidebar"
      data-collapsed={collapsed || undefined}
      aria-label="Sidebar"
      aria-busy={activeOrg?.org ? undefined : true}
    >
      <div className="app-sidebar-menus">
        <MenuPanel activeOrg={activeOrg} compact={collapsed} />
      </div>
      <button
        type="button"
        className="button ghost app-sidebar-toggle"
        aria-pressed={collapsed}
        title={collapsed ? 'Expand sidebar' : 'Collapse sidebar'}
        onClick={() => setCollapsed(!collapsed)}
      >
        <Icon name="panel" />
        <span className="app-sidebar-toggle-label">Collapse sidebar</span>
      </button>
    </aside>
  );
}
