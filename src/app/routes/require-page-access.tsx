import { useMemo } from 'react';
import { Link, Outlet } from 'react-router';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { orgPath } from '../../lib/org-path';
import type { ConsolePage } from '../console-pages';
import { pageAccess } from '../page-access';

/** Typing the URL of a page the menu hides says why, and never shows the page. */
export function RequirePageAccess({ page }: { page: ConsolePage }) {
  const activeOrg = useActiveOrg().data;
  const access = useMemo(() => activeOrg && pageAccess(activeOrg, page), [activeOrg, page]);
  const org = activeOrg?.org;
  if (!org) return null;
  if (access === 'allowed') return <Outlet />;
  const [title, reason] =
    access === 'not-available'
      ? [
          'Not available in this organization',
          `${org.name} does not offer ${page.title}: nothing in its navigation leads there.`,
        ]
      : [
          'Not allowed',
          `Your role in ${org.name} (${org.role.name ?? org.role.slug}) does not allow you to open ${page.title}.`,
        ];
  return (
    <section className="panel" aria-labelledby="page-access-title">
      <h1 id="page-access-title">{title}</h1>
      <p className="clamp-2" title={reason}>
        {reason}
      </p>
      <Link to={orgPath(org.slug)}>Go to the organization home</Link>
    </section>
  );
}
