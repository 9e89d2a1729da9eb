import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Icon } from '../../components/ui/icon';
import { OrgSwitcher } from '../../features/active-org/switcher/org-switcher';
import { useChooseOrg } from '../../features/active-org/switcher/choose-org';
import { UserMenu } from './user-menu';

const NavDrawer = lazy(() => import('./nav-drawer').then((m) => ({ default: m.NavDrawer })));
const CommandPalette = lazy(() =>
  import('../command-palette/command-palette').then((m) => ({ default: m.CommandPalette })),
);

/** The header: menu (phones), brand, org switcher, command palette, user menu. */
export function AppHeader({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const [drawer, setDrawer] = useState(false);
  const [palette, setPalette] = useState(false);
  const drawerButton = useRef<HTMLButtonElement>(null);
  const paletteButton = useRef<HTMLButtonElement>(null);
  const org = activeOrg?.org;
  const closeDrawer = useCallback(() => {
    setDrawer(false);
    drawerButton.current?.focus();
  }, []);
  const closePalette = useCallback(() => setPalette(false), []);
  const chooseOrg = useChooseOrg();

  useEffect(() => {
    if (!org) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        setPalette(true);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [org]);

  return (
    <header className="app-header">
      {org && (
        <button
          ref={drawerButton}
          type="button"
          className="button ghost icon app-drawer-button"
          aria-label="Open navigation"
          aria-haspopup="dialog"
          aria-expanded={drawer}
          onClick={() => setDrawer(true)}
        >
          <Icon name="menu" size={18} />
        </button>
      )}
      <Link to="/" className="app-brand">
        <span className="app-brand-mark" aria-hidden="true" />
        <span className="app-brand-name">Org Console</span>
      </Link>
      {/* A build constant: only dev and demo builds (VITE_API_MOCKING=on) run on mock data. */}
      {__API_MOCKING__ && <span className="demo-badge">Demo data</span>}
      {activeOrg && org && <OrgSwitcher activeOrg={activeOrg} />}
      <div className="app-header-end">
        {activeOrg && org && (
          <button
            ref={paletteButton}
            type="button"
            className="button app-palette-button"
            aria-label="Open command palette"
            aria-keyshortcuts="Control+K Meta+K"
            onClick={() => setPalette(true)}
          >
            <Icon name="search" />
            <span className="app-palette-hint">Search or jump to…</span>
            <kbd>Ctrl K</kbd>
          </button>
        )}
        <UserMenu activeOrg={activeOrg} />
      </div>
      <Suspense fallback={null}>
        {drawer && <NavDrawer activeOrg={activeOrg} onClose={closeDrawer} />}
        {palette && activeOrg && (
          <CommandPalette
            activeOrg={activeOrg}
            onClose={closePalette}
            returnFocus={paletteButton}
            onChooseOrg={chooseOrg}
          />
        )}
      </Suspense>
    </header>
  );
}
