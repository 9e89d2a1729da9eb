import { orgPath } from '../../lib/org-path';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { Navigate } from 'react-router';
import { AppHeader } from '../shell/app-header';

export function NoOrganizationPage() {
  const { data } = useActiveOrg();
  if (data?.org) return <Navigate to={orgPath(data.org.slug)} replace />;
  return (
    <div className="app">
      <AppHeader activeOrg={data} />
      <main id="main" className="app-main">
        <section className="panel" aria-labelledby="no-org-title">
          <h1 id="no-org-title">You do not belong to any organization yet</h1>
          <p>
            Ask an administrator of your organization to invite you. Once you are a member, it
            appears here.
          </p>
        </section>
      </main>
    </div>
  );
}
