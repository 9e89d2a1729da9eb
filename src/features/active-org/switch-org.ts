import {
  MutationObserver,
  mutationOptions,
  useMutation,
  useMutationState,
  type QueryClient,
} from '@tanstack/react-query';
import type { ActiveOrg } from '../../api/contract/active-org';
import { sendOrgSwitch } from '../../api/profiles';
import type { SwitchTarget } from '../../api/profiles/types';
import { activeOrgKey, switchOrgKey } from './org-keys';
import { broadcastActiveOrg } from './tab-sync';

/** Only the latest switch chosen is applied: B's answer never shows once C was chosen. */
function isLatestSwitch(client: QueryClient, target: SwitchTarget): boolean {
  const switches = client.getMutationCache().findAll({ mutationKey: switchOrgKey });
  // Each switch gets a target object of its own (`switchTarget`), so identity tells them apart.
  return switches.at(-1)?.state.variables === target;
}

/**
 * The switch. Its scope runs switches one after another (B's request ends before C's starts);
 * a switch whose turn comes after a later choice sends nothing. The answer of the latest is
 * the new context: it goes into the active-org cache, and the app follows the cache
 * (app/follow-active-org.ts). A 401 ends the session through the client's one error policy.
 */
export const switchOrgMutation = mutationOptions({
  mutationKey: switchOrgKey,
  scope: { id: 'switch-org' },
  // A switch is kept while a switcher shows it (its failure); once settled, nothing needs it.
  gcTime: 0,
  onMutate: async (_target: SwitchTarget, { client }) => {
    // A re-read in flight could answer with the org the server had before this switch.
    await client.cancelQueries({ queryKey: activeOrgKey, exact: true });
  },
  mutationFn: async (target: SwitchTarget, { client }): Promise<ActiveOrg | null> =>
    isLatestSwitch(client, target) ? sendOrgSwitch(target) : null,
  onSuccess: (next, target, _context, { client }) => {
    if (!next || !isLatestSwitch(client, target)) return;
    client.setQueryData(activeOrgKey, next);
    broadcastActiveOrg(next);
  },
  onError: (_error, target, _context, { client }) => {
    // An earlier, superseded switch may have gone through: re-read what the server says.
    if (isLatestSwitch(client, target)) {
      void client.invalidateQueries({ queryKey: activeOrgKey, exact: true });
    }
  },
});

/** What a switch to `slug` sends: the org's id when the active-org response gives one. */
export function switchTarget(client: QueryClient, slug: string): SwitchTarget {
  const id = client
    .getQueryData<ActiveOrg>(activeOrgKey)
    ?.organizations.find((org) => org.slug === slug)?.id;
  return id === undefined ? { slug } : { slug, id };
}

/** The switch as the switcher starts it: `mutate(switchTarget(client, slug))`. */
export function useSwitchOrg() {
  return useMutation(switchOrgMutation);
}

/** The same switch outside React (the `/o/:orgSlug` loader): resolves once applied, or throws. */
export async function switchOrg(client: QueryClient, slug: string): Promise<void> {
  const observer = new MutationObserver(client, switchOrgMutation);
  try {
    await observer.mutate(switchTarget(client, slug));
  } finally {
    observer.reset();
  }
}

export type SwitchStatus = {
  /** The org of the latest switch while it is under way. */
  pendingSlug: string | null;
  /** The latest switch failed, and why. */
  failure: { slug: string; error: Error } | null;
};

/** The state of the latest switch, from the mutation cache. Only the switcher subscribes. */
export function useSwitchStatus(): SwitchStatus {
  const latest = useMutationState({
    filters: { mutationKey: switchOrgKey },
    select: (mutation) => ({
      slug: (mutation.state.variables as SwitchTarget | undefined)?.slug ?? '',
      status: mutation.state.status,
      error: mutation.state.error,
    }),
  }).at(-1);
  return {
    pendingSlug: latest?.status === 'pending' ? latest.slug : null,
    failure:
      latest?.status === 'error' && latest.error
        ? { slug: latest.slug, error: latest.error }
        : null,
  };
}

/** Forgets a failed switch (the switcher or the command palette started it): its message goes. */
export function forgetSwitchFailure(client: QueryClient): void {
  const cache = client.getMutationCache();
  for (const mutation of cache.findAll({ mutationKey: switchOrgKey, status: 'error' })) {
    cache.remove(mutation);
  }
}
