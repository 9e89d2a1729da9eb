import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { ActiveOrgSchema, type ActiveOrg } from '../../api/contract/active-org';
import { activeOrgKey } from './active-org-keys';
import { noteOrgChange } from './apply-active-org';
import { getOrgTransition, switchEpoch } from './org-transition';

export { activeOrgKey };

export const activeOrgQueryOptions = () =>
  queryOptions({
    queryKey: activeOrgKey,
    queryFn: async ({ signal, client }) => {
      const epoch = switchEpoch();
      const next = await apiRequest({
        path: '/v2/user/active-org',
        schema: ActiveOrgSchema,
        signal,
      });
      const cached = client.getQueryData<ActiveOrg>(activeOrgKey);
      // A switch started or landed meanwhile: its answer decides, this one is out of date.
      if (cached && (epoch !== switchEpoch() || getOrgTransition().pendingSlug)) return cached;
      // Another tab or session switched, or the org went away: follow the server.
      noteOrgChange(client, cached?.org ?? null, next, 'elsewhere');
      return next;
    },
    // The active org is shared by every tab of the session: re-read it whenever the tab returns.
    refetchOnWindowFocus: 'always',
  });

export function useActiveOrg() {
  return useQuery(activeOrgQueryOptions());
}
