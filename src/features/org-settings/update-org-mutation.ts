import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { ActiveOrg } from '../../api/contract/active-org';
import {
  OrgDetailsResponseSchema,
  type OrgDetails,
  type OrgUpdate,
} from '../../api/contract/org-details';
import { activeOrgKey } from '../active-org/org-keys';
import { orgDetailsKey } from './org-details-query';

export type UpdateOrgVariables = {
  /** The org the form was opened for: the only one this save may ever write to. */
  orgRef: string;
  orgSlug: string;
  changes: OrgUpdate;
};

export function updateOrg({ orgRef, changes }: UpdateOrgVariables) {
  return apiRequest({
    method: 'PUT',
    path: `/organization/${encodeURIComponent(orgRef)}`,
    body: changes,
    schema: OrgDetailsResponseSchema,
  });
}

/** The org's new name wherever the active-org response shows it; other orgs untouched. */
export function renameInActiveOrg(
  activeOrg: ActiveOrg | undefined,
  orgSlug: string,
  name: string,
): ActiveOrg | undefined {
  if (!activeOrg) return activeOrg;
  const org = activeOrg.org?.slug === orgSlug ? { ...activeOrg.org, name } : activeOrg.org;
  const organizations = activeOrg.organizations.map((summary) =>
    summary.slug === orgSlug ? { ...summary, name } : summary,
  );
  return { ...activeOrg, org, organizations };
}

/** Writes a saved org into the caches, keyed by the org of the save, never the current one. */
export function applySavedOrg(
  queryClient: QueryClient,
  { orgRef, orgSlug }: Pick<UpdateOrgVariables, 'orgRef' | 'orgSlug'>,
  details: OrgDetails,
): void {
  queryClient.setQueryData(orgDetailsKey(orgRef), details);
  queryClient.setQueryData<ActiveOrg>(activeOrgKey, (activeOrg) =>
    renameInActiveOrg(activeOrg, orgSlug, details.name),
  );
}

export function useUpdateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrg,
    onSuccess: (response, variables) => applySavedOrg(queryClient, variables, response.data),
  });
}
