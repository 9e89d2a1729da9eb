import { apiRequest } from '../client';
import { ActiveOrgSchema, type ActiveOrg } from '../contract/active-org';
import { config, type ApiProfile } from '../../config';
import { sendSwitch as consoleSendSwitch } from './console';
import type { SendSwitch, SwitchTarget } from './types';

type OtherProfile = Exclude<ApiProfile, 'console'>;

// Split out of the first load: a deployment ships only its own profile's code on the page.
const load: Record<OtherProfile, () => Promise<{ sendSwitch: SendSwitch }>> = {
  aitronos: () => import('./aitronos'),
  slugbase: () => import('./slugbase'),
  dual: () => import('./dual'),
};

/** Fetches the configured profile's module early (once config.json is read), so the first switch does not wait for it. */
export function preloadProfile() {
  if (config.profile !== 'console') void load[config.profile]().catch(() => undefined);
}

/**
 * The one request that switches the active org, in the selected profile's dialect
 * (config.profile). The console's own answer is the new context; a profile whose answer is not
 * (Aitronos, SlugBase, DUAL) is followed by one read of it, so nothing renders before the whole
 * new context is here.
 */
export async function sendOrgSwitch(target: SwitchTarget): Promise<ActiveOrg> {
  const send =
    config.profile === 'console' ? consoleSendSwitch : (await load[config.profile]()).sendSwitch;
  const next = await send(target);
  return next ?? apiRequest({ path: '/v2/user/active-org', schema: ActiveOrgSchema });
}
