import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { announce } from '../../components/ui/announcer';
import { Icon } from '../../components/ui/icon';
import { OrgSwitcher } from '../../features/active-org/switcher/org-switcher';
import { useChooseOrg } from '../../features/active-org/switcher/choose-org';
import { useTypedAhead } from '../../lib/typed-ahead';
import type * as CommandPaletteModule from '../command-palette/command-palette';
import { UserMenu } from './user-menu';

const NavDrawer = lazy(() => import('./nav-drawer').then((m) => ({ default: m.NavDrawer })));
// Loaded before it is drawn (not React.lazy): drawn in one commit with what was typed meanwhile,
// and at once (in the shortcut's own event) once loaded.
type PaletteModule = typeof CommandPaletteModule;
let paletteModule: PaletteModule | undefined;
const loadPalette = () =>
  import('../command-palette/command-palette').then((module) => (paletteModule = module));

/** The header: menu (phones), brand, org switcher, command palette, user menu. */
export function AppHeader({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  const [drawer, setDrawer] = useState(false);
  const [palette, setPalette] = useState<PaletteModule | null>(null);
  const drawerButton = useRef<HTMLButtonElement>(null);
  const paletteButton = useRef<HTMLButtonElement>(null);
  const org = activeOrg?.org;
  const closeDrawer = useCallback(() => {
    setDrawer(false);
    drawerButton.current?.focus();
  }, []);
  const chooseOrg = useChooseOrg();
  const typedAhead = useTypedAhead();
  const openPalette = useCallback(() => {
    if (palette) return;
    typedAhead.start();
    if (paletteModule) {
      setPalette(paletteModule);
      return;
    }
    loadPalette().then(setPalette, () => {
      typedAhead.stop();
      announce('The command palette could not be loaded. Check your connection and try again.');
    });
  }, [palette, typedAhead]);
  const closePalette = useCallback(() => setPalette(null), []);

  useEffect(() => {
    if (!org) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        event.preventDefault();
        openPalette();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [org, openPalette]);

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
            onClick={openPalette}
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
      </Suspense>
      {palette && activeOrg && (
        <palette.CommandPalette
          activeOrg={activeOrg}
          onClose={closePalette}
          returnFocus={paletteButton}
          typedAhead={typedAhead}
          onChooseOrg={chooseOrg}
        />
      )}
    </header>
  );
}
