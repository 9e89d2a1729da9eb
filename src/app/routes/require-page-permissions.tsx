import { Link, Outlet } from 'react-router';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { orgPath } from '../../lib/org-path';
import { hasPermissions } from '../../lib/permissions';

/** Typing the URL of a page the menu hides shows "not allowed", never the page. */
export function RequirePagePermissions({
  permissions,
  title,
}: {
  permissions: string[];
  title: string;
}) {
  const activeOrg = useActiveOrg().data;
  if (!activeOrg?.org) return null;
  if (hasPermissions(activeOrg.permissions, permissions)) return <Outlet />;
  return (
    <section className="panel" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">Not allowed</h1>
      <p>
        Your role in {activeOrg.org.name} ({activeOrg.org.role.name ?? activeOrg.org.role.slug})
        does not allow you to open {title}.
      </p>
      <Link to={orgPath(activeOrg.org.slug)}>Go to the organization home</Link>
    </section>
  );
}
