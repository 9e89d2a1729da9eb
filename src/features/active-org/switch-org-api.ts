import { apiRequest } from '../../api/client';
import { ActiveOrgSchema, type ActiveOrg } from '../../api/contract/active-org';
import { switchOrg, type SwitchTarget } from '../../api/profiles';

/**
 * The one function that switches the active org, whichever backend profile runs. The console's
 * own answer is the new context; a profile whose answer is not (Aitronos, SlugBase, DUAL) is
 * followed by one read of it, so nothing renders before the whole new context is here.
 */
export async function switchActiveOrg(target: SwitchTarget): Promise<ActiveOrg> {
  const next = await switchOrg(target);
  return next ?? apiRequest({ path: '/v2/user/active-org', schema: ActiveOrgSchema });
}
