import { useEffect } from 'react';
import { Link, Navigate, Outlet, useLoaderData, useLocation, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ui/error-panel';
import { Loading } from '../../components/ui/loading';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { errorMessage, readFailureTitle } from '../../lib/error-message';
import { orgPath, pathInOrg } from '../../lib/org-path';
import { markAfterPaint } from '../../lib/performance-marks';
import { findConsolePage } from '../console-pages';
import { orgRoutePhase } from '../org-route-phase';
import { AppShell } from '../shell/app-shell';
import type { OrgRouteData } from './org-route-loader';

/**
 * `/o/:orgSlug/*`: the shell of one organization. Its loader has made the URL's org the active
 * one (or says why not); a change of the active org moves the URL (app/follow-active-org.ts).
 * While the URL is on its way to a new active org, the shell is that org's around a skeleton:
 * no page of the URL's org renders under another org.
 */
export function OrgLayout() {
  const { orgSlug = '' } = useParams();
  const loaded = useLoaderData<OrgRouteData>();
  const activeOrg = useActiveOrg();
  const { pathname } = useLocation();
  const data = activeOrg.data;
  const phase = data ? orgRoutePhase(orgSlug, data, loaded !== null) : null;

  useEffect(() => {
    if (phase === 'ready') markAfterPaint('org-console:org-shown', orgSlug);
  }, [phase, orgSlug]);

  if (activeOrg.isError && !data) {
    return (
      <AppShell page="Error">
        <ErrorPanel
          title={readFailureTitle(activeOrg.error, 'Your organization could not be loaded')}
          message={errorMessage(activeOrg.error)}
          onRetry={retry}
        />
      </AppShell>
    );
  }
  if (phase === 'no-org') return <Navigate to="/no-organization" replace />;
  if (!data?.org || phase === null) {
    return (
      <AppShell page="Loading">
        <Loading label="Loading your organization…" retrying={activeOrg.failureCount > 0} />
      </AppShell>
    );
  }
  const org = data.org;
  if (phase === 'following') {
    // The active org changed and the URL is on its way to it (a link into it, the palette): the
    // new org's shell stands (its header keeps focus), the old URL's page is not rendered.
    return (
      <AppShell activeOrg={data} org={org} page="Loading">
        <Loading label={`Opening ${org.name}…`} />
      </AppShell>
    );
  }
  // No access, a failed switch: the page says the user is still in the active org, whose shell
  // stands around it.
  if (phase === 'no-access') {
    return (
      <AppShell activeOrg={data} page="No access">
        <NoAccess slug={orgSlug} current={org} />
      </AppShell>
    );
  }
  const name = data.organizations.find((o) => o.slug === orgSlug)?.name ?? orgSlug;
  if (phase === 'switch-failed' && loaded) {
    return (
      <AppShell activeOrg={data} org={{ slug: orgSlug, name }} page="Error">
        <ErrorPanel
          title={`Could not switch to ${name}`}
          message={errorMessage(loaded.switchError)}
          onRetry={retry}
        >
          <Link to={orgPath(org.slug)}>Back to {org.name}</Link>
        </ErrorPanel>
      </AppShell>
    );
  }
  return (
    <AppShell activeOrg={data} org={{ slug: orgSlug, name }} page={pageTitle(pathInOrg(pathname))}>
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
    </AppShell>
  );
}

/** Loads the page again: its loader reads the active org and switches to the URL's org. */
const retry = () => window.location.reload();

/** The page's name for the breadcrumbs and the tab title. */
function pageTitle(path: string): string {
  if (!path) return 'Overview';
  return findConsolePage(path)?.title ?? 'Page not found';
}

/**
 * Before the first render (the first page's code and the active org are on their way): an org's
 * pages hold the shell's place with its skeleton; other pages show nothing for that moment.
 */
export function FirstLoadFallback() {
  if (!window.location.pathname.startsWith('/o/')) return null;
  return (
    <AppShell page="Loading">
      <Loading label="Loading your organization…" />
    </AppShell>
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
