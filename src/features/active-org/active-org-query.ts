import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { ActiveOrgSchema, type ActiveOrg } from '../../api/contract/active-org';
import { activeOrgKey, isSwitching } from './org-keys';

export const activeOrgQueryOptions = () =>
  queryOptions({
    queryKey: activeOrgKey,
    queryFn: async ({ signal, client }): Promise<ActiveOrg> => {
      const startedAt = Date.now();
      const next = await apiRequest({
        path: '/v2/user/active-org',
        schema: ActiveOrgSchema,
        signal,
      });
      // A switch is under way or landed while this read was out: the switch decides, and this
      // answer may be what the server had before it.
      const current = client.getQueryState<ActiveOrg>(activeOrgKey);
      if (current?.data && (isSwitching(client) || current.dataUpdatedAt >= startedAt)) {
        return current.data;
      }
      return next;
    },
    // The active org is shared by every tab of the session: re-read it whenever the tab returns.
    refetchOnWindowFocus: 'always',
    // The `/o/:orgSlug` loader has just tried; a failed read waits for the user's "Try again".
    retryOnMount: false,
    // Comparing a 5,000-entry menu with the last one blocks the page; an unchanged re-read is
    // the same object already (api/client.ts), and another org's answer shares nothing worth it.
    structuralSharing: false,
  });

export function useActiveOrg() {
  return useQuery(activeOrgQueryOptions());
}
