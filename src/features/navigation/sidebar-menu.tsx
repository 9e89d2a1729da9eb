import { useDeferredValue, useEffect, useMemo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { markAfterPaint } from '../../lib/performance-marks';
import { currentEntryKey } from './current-entry';
import { buildNavigation, isLargeNavigation } from './model';
import { NavList } from './nav-list';
import { useExpandedCategories } from './use-expanded-categories';
import './navigation.css';

type OrgContext = NonNullable<ActiveOrg['org']>;

/** The org's main and footer menus, filtered by the user's permissions there. */
type SidebarMenuProps = {
  org: OrgContext;
  permissions: string[];
  /** Icons only (a collapsed sidebar): labels stay as the links' accessible names. */
  compact?: boolean;
  /** Holds the menu's place while a large menu renders (the shell's skeleton). */
  placeholder: ReactNode;
};

/** Entries beyond which a menu is built and rendered after the page around it. */
const LARGE = 200;

/**
 * A menu of thousands of entries is built and rendered in a transition once the rest of the
 * shell has committed: the page shows the new org at once, with the skeleton in the menu's
 * place (never another org's menu), and React yields to the browser while the menu renders.
 */
export function SidebarMenu({ placeholder, ...props }: SidebarMenuProps) {
  const large = isLargeNavigation(props.org.navigation, LARGE);
  const ready = useDeferredValue(true, !large);
  return ready ? <Menus {...props} large={large} /> : placeholder;
}

function Menus({
  org,
  permissions,
  compact = false,
  large,
}: Omit<SidebarMenuProps, 'placeholder'> & { large: boolean }) {
  const tree = useMemo(
    () => buildNavigation(org.navigation, permissions, org.slug),
    [org.navigation, permissions, org.slug],
  );
  const expanded = useExpandedCategories(org.slug);
  const { pathname, search } = useLocation();
  const currentMain = useMemo(
    () => currentEntryKey(tree.menu, pathname, search),
    [tree.menu, pathname, search],
  );
  const currentFooter = useMemo(
    () => currentEntryKey(tree.footer, pathname, search),
    [tree.footer, pathname, search],
  );
  useEffect(() => markAfterPaint('org-console:menu-painted', org.slug), [org.slug]);
  return (
    <div className="nav-menus" data-compact={compact || undefined} data-large={large || undefined}>
      <nav aria-label="Main" className="nav-main">
        {tree.menu.length > 0 ? (
          <NavList nodes={tree.menu} expanded={expanded} currentKey={currentMain} />
        ) : (
          <p className="muted nav-empty">No menu entries for your role.</p>
        )}
      </nav>
      {tree.footer.length > 0 && (
        <nav aria-label="Footer" className="nav-footer">
          <NavList nodes={tree.footer} expanded={expanded} currentKey={currentFooter} />
        </nav>
      )}
    </div>
  );
}
