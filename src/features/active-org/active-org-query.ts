import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { ActiveOrgSchema } from '../../api/contract/active-org';

/** Query keys of this feature. The active org is session-wide, not scoped to one org. */
export const activeOrgKey = ['active-org'] as const;

export const activeOrgQueryOptions = () =>
  queryOptions({
    queryKey: activeOrgKey,
    queryFn: ({ signal }) =>
      apiRequest({ path: '/v2/user/active-org', schema: ActiveOrgSchema, signal }),
  });

export function useActiveOrg() {
  return useQuery(activeOrgQueryOptions());
}
