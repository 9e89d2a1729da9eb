/**
 * The signed-in shell and its menu are not needed to sign in: both load on demand, and boot
 * starts both imports at once when a credential is stored, in parallel with the active-org
 * request the shell has to wait for anyway.
 */
export const preloadOrgLayout = () => import('./routes/org-layout');
export const preloadSidebarMenu = () => import('../features/navigation/sidebar-menu');
