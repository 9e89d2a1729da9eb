import { useId, useMemo } from 'react';
import type { ActiveOrg } from '../../api/contract/active-org';
import { buildQuickActions } from './model';
import { NavItemLink } from './nav-item-link';
import './navigation.css';

type OrgContext = NonNullable<ActiveOrg['org']>;

type QuickActionsProps = {
  org: OrgContext;
  permissions: string[];
  /** Said when the user may use none; without it, nothing is shown then. */
  emptyText?: string;
};

/** The config's quick actions the user may use, as button-styled links. */
export function QuickActions({ org, permissions, emptyText }: QuickActionsProps) {
  const headingId = useId();
  const actions = useMemo(
    () => buildQuickActions(org.navigation, permissions, org.slug),
    [org.navigation, permissions, org.slug],
  );
  if (actions.length === 0 && !emptyText) return null;
  return (
    <section aria-labelledby={headingId} className="quick-actions">
      <h2 id={headingId}>Quick actions</h2>
      {actions.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul>
          {actions.map((action) => (
            <li key={action.key}>
              <NavItemLink item={action} className="button quick-action" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
