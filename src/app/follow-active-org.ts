import { matchQuery, type QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router';
import type { ActiveOrg } from '../api/contract/active-org';
import { announce } from '../components/ui/announcer';
import { activeOrgKey, orgRef, orgScope } from '../features/active-org/org-keys';
import { orgSlugOfPath, pathInOrg } from '../lib/org-path';
import { landingPath } from './landing';

type Router = Pick<ReturnType<typeof createBrowserRouter>, 'navigate' | 'state'>;
type Org = NonNullable<ActiveOrg['org']>;
export type FollowReason = 'switched' | 'elsewhere' | 'removed';

/**
 * The one place an org change is handled, whatever made it: a switch here (it writes the
 * active-org cache by hand), another tab or the server (a re-read brings a new org), or the org
 * taken away. When the cache names a new org, everything of the previous org is cancelled and
 * dropped, and the URL moves to the new org's landing page in the same task as the cache write,
 * so the shell renders once, with the new org and its URL together.
 */
export function followActiveOrg(queryClient: QueryClient, router: Router): () => void {
  let shown: Org | null = queryClient.getQueryData<ActiveOrg>(activeOrgKey)?.org ?? null;
  return queryClient.getQueryCache().subscribe((event) => {
    if (!matchQuery({ queryKey: activeOrgKey }, event.query)) return;
    if (event.type === 'removed') shown = null;
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const next = event.query.state.data as ActiveOrg;
    const previous = shown;
    shown = next.org;
    // The first read is no change: the URL decides where the user goes.
    if (!previous || previous.slug === next.org?.slug) return;

    const scope = orgScope(orgRef(previous));
    void queryClient.cancelQueries({ queryKey: scope });
    queryClient.removeQueries({ queryKey: scope });

    const removed = !next.organizations.some((org) => org.slug === previous.slug);
    const reason: FollowReason = removed
      ? 'removed'
      : event.action.manual
        ? 'switched'
        : 'elsewhere';
    if (!next.org) {
      // The shell sends a user without an org to /no-organization.
      announce(`${previous.name} is no longer available to you.`);
      return;
    }
    const { location, navigation } = router.state;
    const pathname = (navigation.location ?? location).pathname;
    const urlSlug = orgSlugOfPath(pathname);
    // Outside an org's pages, or already on the way into the new org (a link, Back): stay, and
    // say where the user landed.
    if (urlSlug === undefined || urlSlug === next.org.slug) {
      if (urlSlug !== undefined) announce(followMessage(reason, previous.name, next.org.name));
      return;
    }
    void router.navigate(landingPath(next, pathInOrg(pathname)), {
      replace: reason !== 'switched',
      flushSync: true,
    });
    announce(followMessage(reason, previous.name, next.org.name));
  });
}

function followMessage(reason: FollowReason, from: string, to: string): string {
  if (reason === 'removed') return `${from} is no longer available. Switched to ${to}.`;
  if (reason === 'elsewhere') return `Switched to ${to} in another tab or window.`;
  return `Switched to ${to}.`;
}
