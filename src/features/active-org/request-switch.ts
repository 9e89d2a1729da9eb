import type { QueryClient } from '@tanstack/react-query';
import { isApiError, ApiError } from '../../api/api-error';
import type { ActiveOrg } from '../../api/contract/active-org';
import { activeOrgKey } from './active-org-keys';
import { applyActiveOrg } from './apply-active-org';
import { getOrgTransition, nextSwitchEpoch, updateOrgTransition } from './org-transition';
import { switchActiveOrg } from './switch-org-api';
import { broadcastActiveOrg } from './tab-sync';

let queue: Promise<void> = Promise.resolve();
let latest: string | null = null;

/**
 * Switches are serialized, and only the latest choice is rendered: choosing B then C runs B's
 * request (if it had started), skips rendering its answer, then runs C. The switch answer is the
 * new context (or, for a backend profile whose answer is not, one read of it).
 */
export function requestSwitch(queryClient: QueryClient, orgSlug: string): Promise<void> {
  if (latest === orgSlug && getOrgTransition().pendingSlug === orgSlug) return queue;
  latest = orgSlug;
  nextSwitchEpoch();
  // A re-read in flight could answer with the org the server had before this switch.
  void queryClient.cancelQueries({ queryKey: activeOrgKey, exact: true });
  updateOrgTransition({ pendingSlug: orgSlug, failure: null });
  const run = queue.then(async () => {
    if (latest !== orgSlug) return;
    try {
      const id = queryClient
        .getQueryData<ActiveOrg>(activeOrgKey)
        ?.organizations.find((org) => org.slug === orgSlug)?.id;
      // Run as a mutation so the client's one error policy (a 401 ends the session) applies.
      const next = await queryClient
        .getMutationCache()
        .build(queryClient, {
          mutationFn: () => switchActiveOrg({ slug: orgSlug, id }),
          // Its answer lives on in the active-org cache; the mutation itself need not.
          gcTime: 0,
        })
        .execute(undefined);
      if (latest !== orgSlug) return;
      applyActiveOrg(queryClient, next, 'switched');
      broadcastActiveOrg(next);
      updateOrgTransition({ pendingSlug: null });
    } catch (error) {
      if (latest !== orgSlug) return;
      updateOrgTransition({
        pendingSlug: null,
        failure: {
          slug: orgSlug,
          error: isApiError(error)
            ? error
            : new ApiError({ kind: 'network', message: 'The switch failed. Try again.' }),
        },
      });
      // An earlier, superseded switch may have gone through: re-read what the server says.
      void queryClient.invalidateQueries({ queryKey: activeOrgKey, exact: true });
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Forgets every switch of the session that ended: one still in flight is not applied, and no
 * failure of it is shown to whoever signs in next.
 */
export function resetSwitching(): void {
  latest = null;
  queue = Promise.resolve();
  nextSwitchEpoch();
  updateOrgTransition({ pendingSlug: null, follow: null, failure: null });
}
