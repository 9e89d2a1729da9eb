import { useEffect, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLoaderData, useParams } from 'react-router';
import type { ActiveOrg } from '../../api/contract/active-org';
import { ErrorPanel } from '../../components/ui/error-panel';
import { Loading } from '../../components/ui/loading';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { errorMessage, readFailureTitle } from '../../lib/error-message';
import { orgPath } from '../../lib/org-path';
import { markAfterPaint } from '../../lib/performance-marks';
import { orgRoutePhase } from '../org-route-phase';
import { AppHeader } from '../shell/app-header';
import { Sidebar } from '../shell/sidebar';
import type { OrgRouteData } from './org-route-loader';

/**
 * `/o/:orgSlug/*`: the shell of one organization. Its loader has made the URL's org the active
 * one (or says why not); a change of the active org moves the URL (app/follow-active-org.ts).
 * The shell shows an org only when the URL and the active org agree.
 */
export function OrgLayout() {
  const { orgSlug = '' } = useParams();
  const loaded = useLoaderData<OrgRouteData>();
  const activeOrg = useActiveOrg();
  const data = activeOrg.data;
  const phase = data ? orgRoutePhase(orgSlug, data, loaded !== null) : null;

  useEffect(() => {
    if (phase === 'ready') markAfterPaint('org-console:org-shown', orgSlug);
  }, [phase, orgSlug]);

  if (activeOrg.isError && !data) {
    return (
      <Frame>
        <ErrorPanel
          title={readFailureTitle(activeOrg.error, 'Your organization could not be loaded')}
          message={errorMessage(activeOrg.error)}
          onRetry={retry}
        />
      </Frame>
    );
  }
  if (phase === 'no-org') return <Navigate to="/no-organization" replace />;
  if (!data?.org || phase === null || phase === 'following') {
    return (
      <Frame>
        <Loading label="Loading your organization…" retrying={activeOrg.failureCount > 0} />
      </Frame>
    );
  }
  const org = data.org;
  // No access, a failed switch: the page says the user is still in the active org, whose shell
  // stands around it.
  if (phase === 'no-access') {
    return (
      <Frame activeOrg={data}>
        <NoAccess slug={orgSlug} current={org} />
      </Frame>
    );
  }
  if (phase === 'switch-failed' && loaded) {
    const name = data.organizations.find((o) => o.slug === orgSlug)?.name ?? orgSlug;
    return (
      <Frame activeOrg={data}>
        <ErrorPanel
          title={`Could not switch to ${name}`}
          message={errorMessage(loaded.switchError)}
          onRetry={retry}
        >
          <Link to={orgPath(org.slug)}>Back to {org.name}</Link>
        </ErrorPanel>
      </Frame>
    );
  }
  return (
    <Frame activeOrg={data}>
      {activeOrg.isRefetchError && (
        // What is shown stays (and so does anything typed); the user learns it may be stale.
        <p className="notice refresh-failed" role="alert">
          Could not refresh {org.name}: {errorMessage(activeOrg.error)}{' '}
          <button type="button" className="button" onClick={() => void activeOrg.refetch()}>
            Try again
          </button>
        </p>
      )}
      <Outlet />
    </Frame>
  );
}

/** Loads the page again: its loader reads the active org and switches to the URL's org. */
const retry = () => window.location.reload();

/**
 * Before the first render (the first page's code and the active org are on their way): an org's
 * pages hold the shell's place with its skeleton; other pages show nothing for that moment.
 */
export function FirstLoadFallback() {
  if (!window.location.pathname.startsWith('/o/')) return null;
  return (
    <Frame>
      <Loading label="Loading your organization…" />
    </Frame>
  );
}

function Frame({ activeOrg, children }: { activeOrg?: ActiveOrg; children: ReactNode }) {
  return (
    <div className="app">
      <AppHeader activeOrg={activeOrg} />
      <div className="app-body">
        <Sidebar activeOrg={activeOrg} />
        <main id="main" className="app-main">
          {children}
        </main>
      </div>
    </div>
  );
}

function NoAccess({ slug, current }: { slug: string; current: { slug: string; name: string } }) {
  return (
    <section className="panel" aria-labelledby="no-access-title">
      <h1 id="no-access-title">No access to “{slug}”</h1>
      <p>
        You are not a member of the organization “{slug}”, or it does not exist. Nothing was
        switched: you are still in {current.name}.
      </p>
      <Link to={orgPath(current.slug)}>Back to {current.name}</Link>
    </section>
  );
}
