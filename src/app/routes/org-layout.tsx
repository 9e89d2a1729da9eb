import { Navigate, Outlet, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { Loading } from '../../components/ui/loading';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { errorMessage } from '../../lib/error-message';
import { AppHeader } from '../shell/app-header';
import { Sidebar } from '../shell/sidebar';

/** `/o/:orgSlug/*`: the shell of one organization. */
export function OrgLayout() {
  const { orgSlug } = useParams();
  const activeOrg = useActiveOrg();

  let content;
  if (activeOrg.isPending) content = <Loading label="Loading your organization…" />;
  else if (activeOrg.isError) {
    content = (
      <ErrorPanel
        title="Your organization could not be loaded"
        message={errorMessage(activeOrg.error)}
        onRetry={() => void activeOrg.refetch()}
      />
    );
  } else if (!activeOrg.data.org) return <Navigate to="/no-organization" replace />;
  else if (activeOrg.data.org.slug !== orgSlug) {
    return <Navigate to={`/o/${encodeURIComponent(activeOrg.data.org.slug)}`} replace />;
  } else content = <Outlet />;

  return (
    <div className="app">
      <AppHeader activeOrg={activeOrg.data} />
      <div className="app-body">
        <Sidebar activeOrg={activeOrg.data} />
        <main id="main" className="app-main">
          {content}
        </main>
      </div>
    </div>
  );
}
