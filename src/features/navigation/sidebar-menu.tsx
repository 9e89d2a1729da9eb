import { useEffect, useMemo } from 'react';
import type { ActiveOrg } from '../../api/contract/active-org';
import { markAfterPaint } from '../../lib/performance-marks';
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
  useEffect(() => markAfterPaint('org-console:menu-painted', org.slug), [org.slug]);
  return (
    <div className="nav-menus" data-compact={compact || undefined}>
      <nav aria-label="Main" className="nav-main">
        {tree.menu.length > 0 ? (
          <NavList nodes={tree.menu} expanded={expanded} />
        ) : (
          <p className="muted nav-empty">No menu entries for your role.</p>
        )}
      </nav>
      {tree.footer.length > 0 && (
        <nav aria-label="Footer" className="nav-footer">
          <NavList nodes={tree.footer} expanded={expanded} />
        </nav>
      )}
    </div>
  );
}
