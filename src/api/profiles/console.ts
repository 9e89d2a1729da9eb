import type { ApiRequest } from '../client';
import { apiRequest } from '../client';
import { ActiveOrgSchema, type ActiveOrg } from '../contract/active-org';
import type { SendSwitch, SwitchTarget } from './types';

/** docs/contract.md: `PUT /v2/user/active-org` `{orgSlug}` answers with the new context itself. */
export function consoleSwitchRequest(target: SwitchTarget): ApiRequest<ActiveOrg> {
  return {
    method: 'PUT',
    path: '/v2/user/active-org',
    body: { orgSlug: target.slug },
    schema: ActiveOrgSchema,
  };
}

export const sendSwitch: SendSwitch = (target) => apiRequest(consoleSwitchRequest(target));
