import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { OrgDetailsResponseSchema } from '../../api/contract/org-details';
import { orgKey } from '../active-org/org-keys';

/** `orgRef` is the org's id, or its slug for a backend that sends no id. */
export const orgDetailsKey = (orgRef: string) => orgKey(orgRef, 'details');

export const orgDetailsQueryOptions = (orgRef: string) =>
  queryOptions({
    queryKey: orgDetailsKey(orgRef),
    queryFn: async ({ signal }) => {
      const response = await apiRequest({
        path: `/organization/${encodeURIComponent(orgRef)}`,
        schema: OrgDetailsResponseSchema,
        signal,
      });
      return response.data;
    },
  });

export function useOrgDetails(orgRef: string) {
  return useQuery(orgDetailsQueryOptions(orgRef));
}
