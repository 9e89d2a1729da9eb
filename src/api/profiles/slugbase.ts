import { apiRequest, type ApiRequest } from '../client';
import {
  SLUGBASE_SWITCH_PATH,
  SlugbaseSwitchResponseSchema,
  type SlugbaseSwitchBody,
  type SlugbaseSwitchResponse,
} from '../contract/profiles/slugbase';
import { orgIdOf, type SendSwitch, type SwitchTarget } from './types';

export function slugbaseSwitchRequest(target: SwitchTarget): ApiRequest<SlugbaseSwitchResponse> {
  const body: SlugbaseSwitchBody = { organizationId: orgIdOf(target) };
  return {
    method: 'POST',
    path: SLUGBASE_SWITCH_PATH,
    body,
    schema: SlugbaseSwitchResponseSchema,
    auth: 'bearer',
  };
}

/** The answer is `{}`: the context is read afterwards. */
export const sendSwitch: SendSwitch = async (target) => {
  await apiRequest(slugbaseSwitchRequest(target));
  return null;
};
