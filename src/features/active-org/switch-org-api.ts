import { apiRequest } from '../../api/client';
import { ActiveOrgSchema, type ActiveOrg } from '../../api/contract/active-org';

/** The one function that switches the active org: its answer is the new context. */
export function switchActiveOrg(orgSlug: string): Promise<ActiveOrg> {
  return apiRequest({
    method: 'PUT',
    path: '/v2/user/active-org',
    body: { orgSlug },
    schema: ActiveOrgSchema,
  });
}
