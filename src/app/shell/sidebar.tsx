import type { ActiveOrg } from '../../api/contract/active-org';

/** The org's navigation (issue 4 fills it from `activeOrg.org.navigation`). */
export function Sidebar({ activeOrg }: { activeOrg: ActiveOrg | undefined }) {
  if (!activeOrg?.org) return <aside className="sidebar" aria-hidden="true" />;
  return <aside className="sidebar" aria-label="Navigation" />;
}
