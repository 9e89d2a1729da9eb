import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import type { ActiveOrg } from '../../api/contract/active-org';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { announce } from '../../components/ui/announcer';
import { ErrorPanel } from '../../components/ui/error-panel';
import { Loading } from '../../components/ui/loading';
import { useActiveOrg } from '../../features/active-org/active-org-query';
import { updateOrgTransition, useOrgTransition } from '../../features/active-org/org-transition';
import { requestSwitch } from '../../features/active-org/request-switch';
import { errorMessage, readFailureTitle } from '../../lib/error-message';
import { orgPath, pathInOrg } from '../../lib/org-path';
import { markAfterPaint } from '../../lib/performance-marks';
import { landingPath } from '../landing';
import { orgRoutePhase } from '../org-route-phase';
import { AppHeader } from '../shell/app-header';
import { Sidebar } from '../shell/sidebar';

/** `/o/:orgSlug/*`: the shell of one organization, kept in step with the active org. */
export function OrgLayout() {
  const { orgSlug = '' } = useParams();
  const activeOrg = useActiveOrg();
  const transition = useOrgTransition();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const data = activeOrg.data;
  const phase = data ? orgRoutePhase(orgSlug, data, transition) : null;
  // The change already announced: a switch that lands on the URL's org (a link, Back) is
  // announced on arrival, one that moves the URL when it moves it, never twice.
  const announced = useRef<unknown>(null);

  useEffect(() => {
    if (!data) return;
    const follow = transition.follow;
    if (phase === 'follow' && follow && data.org) {
      const to = landingPath(data, pathInOrg(pathname));
      void navigate(to, { replace: follow.reason !== 'switched' });
      announced.current = follow;
      announce(followMessage(follow.reason, follow.from, data.org.name));
    } else if (phase === 'no-org') {
      if (follow?.from) announce(`${follow.from} is no longer available to you.`);
      updateOrgTransition({ follow: null });
      void navigate('/no-organization', { replace: true });
    } else if (phase === 'ready') {
      markAfterPaint('org-console:org-shown', orgSlug);
      if (follow?.slug === orgSlug) {
        if (announced.current !== follow && data.org) {
          announce(followMessage(follow.reason, follow.from, data.org.name));
        }
        updateOrgTransition({ follow: null });
      }
    } else if (phase === 'deep-link') {
      void requestSwitch(queryClient, orgSlug);
    }
  }, [phase, data, transition.follow, pathname, orgSlug, navigate, queryClient]);

  if (activeOrg.isError && !data) {
    return (
      <Frame>
        <ErrorPanel
          title={readFailureTitle(activeOrg.error, 'Your organization could not be loaded')}
          message={errorMessage(activeOrg.error)}
          onRetry={() => void activeOrg.refetch()}
        />
      </Frame>
    );
  }
  if (!data || !phase || phase === 'no-org') {
    return (
      <Frame>
        <Loading label="Loading your organization…" retrying={activeOrg.failureCount > 0} />
      </Frame>
    );
  }
  const org = data.org;
  const name =
    phase === 'follow'
      ? (org?.name ?? '')
      : (data.organizations.find((o) => o.slug === orgSlug)?.name ?? orgSlug);
  let content;
  if (phase === 'ready') {
    content = (
      <>
        {activeOrg.isRefetchError && (
          // What is shown stays (and so does anything typed); the user learns it may be stale.
          <p className="notice refresh-failed" role="alert">
            Could not refresh {data.org?.name}: {errorMessage(activeOrg.error)}{' '}
            <button type="button" className="button" onClick={() => void activeOrg.refetch()}>
              Try again
            </button>
          </p>
        )}
        <Outlet />
      </>
    );
  } else if (phase === 'no-access' && org) content = <NoAccess slug={orgSlug} current={org} />;
  else if (phase === 'switch-failed' && org && transition.failure) {
    content = (
      <ErrorPanel
        title={`Could not switch to ${name}`}
        message={transition.failure.error.message}
        onRetry={() => void requestSwitch(queryClient, orgSlug)}
      >
        <Link to={orgPath(org.slug)}>Back to {org.name}</Link>
      </ErrorPanel>
    );
  } else content = <Loading label={`Switching to ${name}…`} />;

  // Until the URL and the active org agree, no other org's navigation is shown, except where
  // the page says the user is still in the active org (no access, a failed switch).
  // While following, the active org is already the new one, so the header may show it.
  const shell = phase !== 'switching' && phase !== 'deep-link';
  return <Frame activeOrg={shell ? data : undefined}>{content}</Frame>;
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

function followMessage(reason: string, from: string | null, to: string): string {
  if (reason === 'removed' && from) return `${from} is no longer available. Switched to ${to}.`;
  if (reason === 'elsewhere') return `Switched to ${to} in another tab or window.`;
  return `Switched to ${to}.`;
}
