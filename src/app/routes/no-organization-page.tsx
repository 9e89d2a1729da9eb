import { orgPath } from '../../lib/org-path';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { Navigate } from 'react-router';
import { AppShell } from '../shell/app-shell';

export function NoOrganizationPage() {
  const { data } = useActiveOrg();
  if (data?.org) return <Navigate to={orgPath(data.org.slug)} replace />;
  return (
    <AppShell activeOrg={data} page="No organization" sidebar={false}>
      <section className="panel" aria-labelledby="no-org-title">
        <h1 id="no-org-title">You do not belong to any organization yet</h1>
        <p>
          Ask an administrator of your organization to invite you. Once you are a member, it appears
          here.
        </p>
      </section>
    </AppShell>
  );
}
