import type { QueryClient } from '@tanstack/react-query';
import type { OrgContext } from '../../api/contract/active-org';

/** The active org is session-wide, not scoped to one org. */
export const activeOrgKey = ['active-org'] as const;

/** The key of the switch mutation (switch-org.ts), for `useMutationState` and `isMutating`. */
export const switchOrgKey = ['switch-org'] as const;

/** Whether a switch is under way: a re-read's answer then is out of date. */
export const isSwitching = (client: QueryClient) =>
  client.isMutating({ mutationKey: switchOrgKey }) > 0;

/**
 * Every org-scoped query key starts with ['org', orgId], so a switch can cancel and drop
 * everything of the previous org in one call: `queryClient.removeQueries({ queryKey: orgScope(id) })`.
 */
export const orgScope = (orgId: string) => ['org', orgId] as const;

export const orgKey = <const Parts extends readonly unknown[]>(orgId: string, ...parts: Parts) =>
  [...orgScope(orgId), ...parts] as const;

/** How the API addresses an org: its `id`, or its slug when the backend sends no id. */
export function orgRef(org: Pick<OrgContext, 'id' | 'slug'>): string {
  return org.id ?? org.slug;
}
