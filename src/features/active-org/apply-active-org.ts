import type { QueryClient } from '@tanstack/react-query';
import type { ActiveOrg } from '../../api/contract/active-org';
import { activeOrgKey } from './active-org-keys';
import { orgScope } from './org-keys';
import { orgRef } from './org-ref';
import { nextSwitchEpoch, updateOrgTransition, type FollowReason } from './org-transition';

/**
 * Makes `next` the tab's active org. When the org changes, everything scoped to the previous
 * org is cancelled and dropped first, so none of it can render again, and the URL is told to
 * follow. Used by the switch, by other tabs' broadcasts and by re-reads that find a new org.
 */
export function applyActiveOrg(
  queryClient: QueryClient,
  next: ActiveOrg,
  reason: FollowReason,
): void {
  const previous = queryClient.getQueryData<ActiveOrg>(activeOrgKey)?.org ?? null;
  nextSwitchEpoch();
  noteOrgChange(queryClient, previous, next, reason);
  void queryClient.cancelQueries({ queryKey: activeOrgKey, exact: true });
  queryClient.setQueryData(activeOrgKey, next);
}

/** The part of `applyActiveOrg` a query function can do before it returns its own data. */
export function noteOrgChange(
  queryClient: QueryClient,
  previous: ActiveOrg['org'],
  next: ActiveOrg,
  reason: FollowReason,
): void {
  const nextSlug = next.org?.slug ?? null;
  // The first read is no change: the URL decides where the user goes.
  if (!previous || previous.slug === nextSlug) return;
  const scope = orgScope(orgRef(previous));
  void queryClient.cancelQueries({ queryKey: scope });
  queryClient.removeQueries({ queryKey: scope });
  const removed = !next.organizations.some((org) => org.slug === previous.slug);
  updateOrgTransition({
    follow: { slug: nextSlug, reason: removed ? 'removed' : reason, from: previous.name },
  });
}
