import { config, type ApiProfile } from '../../config';
import { switchOrg as consoleSwitchOrg } from './console';
import type { SwitchOrg } from './types';

export type { SwitchTarget } from './types';

type OtherProfile = Exclude<ApiProfile, 'console'>;

// Split out of the first load: a deployment ships only its own profile's code on the page.
const load: Record<OtherProfile, () => Promise<{ switchOrg: SwitchOrg }>> = {
  aitronos: () => import('./aitronos'),
  slugbase: () => import('./slugbase'),
  dual: () => import('./dual'),
};

/** Fetches the configured profile's module early (once config.json is read), so the first switch does not wait for it. */
export function preloadProfile() {
  if (config.profile !== 'console') void load[config.profile]().catch(() => undefined);
}

/** The selected profile's switch (config.profile). */
export const switchOrg: SwitchOrg = async (target) => {
  if (config.profile === 'console') return consoleSwitchOrg(target);
  const profile = await load[config.profile]();
  return profile.switchOrg(target);
};
