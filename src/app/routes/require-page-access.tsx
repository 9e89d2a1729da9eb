import { useMemo } from 'react';
import { Link, Outlet } from 'react-router';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { orgPath } from '../../lib/org-path';
import type { ConsolePage } from '../console-pages';
import { pageAccess } from '../page-access';

/** Typing the URL of a page the menu hides shows why, never the page. */
export function RequirePageAccess({ page }: { page: ConsolePage }) {
  const activeOrg = useActiveOrg().data;
  const access = useMemo(() => activeOrg && pageAccess(activeOrg, page), [activeOrg, page]);
  const org = activeOrg?.org;
  if (!org) return null;
  if (access === 'allowed') return <Outlet />;
  const home = <Link to={orgPath(org.slug)}>Go to the organization home</Link>;
  if (access === 'not-available') {
    return (
      <section className="panel" aria-labelledby="not-available-title">
        <h1 id="not-available-title">Not available in this organization</h1>
        <p className="clamp-2" title={org.name}>
          {org.name} does not offer {page.title}: nothing in its navigation leads there.
        </p>
        {home}
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">Not allowed</h1>
      <p className="clamp-2" title={org.name}>
        Your role in {org.name} ({org.role.name ?? org.role.slug}) does not allow you to open{' '}
        {page.title}.
      </p>
      {home}
    </section>
  );
}
