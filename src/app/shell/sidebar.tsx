import { lazy, Suspense, useId, useState } from 'react';
import { useLocation } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { NavSkeleton } from '../../features/navigation/nav-skeleton';
import '../../features/navigation/navigation.css';

/**
 * The menu's code is not needed to sign in: it loads with the first signed-in page, started
 * at boot alongside the active-org request that it has to wait for anyway.
 */
export const preloadSidebarMenu = () => import('../../features/navigation/sidebar-menu');
const SidebarMenu = lazy(() =>
  preloadSidebarMenu().then(({ SidebarMenu }) => ({ default: SidebarMenu })),
);

/**
 * The org's menus, from the `activeOrg` given and nothing else: while it loads a skeleton holds
 * the space. On narrow screens the menus sit behind a "Menu" button that closes on navigation.
 */
export function Sidebar({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const { pathname } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const panelId = useId();
  const org = activeOrg?.org;
  return (
    <div className="sidebar" aria-busy={org ? undefined : true}>
      <button
        type="button"
        className="button sidebar-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        <span aria-hidden="true">☰</span> Menu
      </button>
      <div id={panelId} className={open ? 'sidebar-panel open' : 'sidebar-panel'}>
        {org && activeOrg ? (
          // Keyed by org: nothing of one org's menu state survives into another's.
          <Suspense fallback={<NavSkeleton />}>
            <SidebarMenu key={org.slug} org={org} permissions={activeOrg.permissions} />
          </Suspense>
        ) : (
          <NavSkeleton />
        )}
      </div>
    </div>
  );
}
