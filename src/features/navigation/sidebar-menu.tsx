import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { markAfterPaint } from '../../lib/performance-marks';
import { currentEntryKey } from './current-entry';
import { buildNavigation } from './model';
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
};

export function SidebarMenu({ org, permissions, compact = false }: SidebarMenuProps) {
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
    <div className="nav-menus" data-compact={compact || undefined}>
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
