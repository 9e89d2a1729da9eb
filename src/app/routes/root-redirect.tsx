import { Navigate } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { Loading } from '../../components/ui/loading';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { errorMessage, readFailureTitle } from '../../lib/error-message';
import { landingPath } from '../landing';

/** `/`: to the active org's console, or to the page saying there is none. */
export function RootRedirect() {
  const activeOrg = useActiveOrg();
  if (activeOrg.isPending) {
    return <Loading label="Loading your organization…" retrying={activeOrg.failureCount > 0} />;
  }
  if (activeOrg.isError) {
    return (
      <main className="app-main">
        <ErrorPanel
          title={readFailureTitle(activeOrg.error, 'Your organization could not be loaded')}
          message={errorMessage(activeOrg.error)}
          onRetry={() => void activeOrg.refetch()}
        />
      </main>
    );
  }
  return <Navigate to={landingPath(activeOrg.data)} replace />;
}
