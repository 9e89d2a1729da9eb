import { apiRequest, type ApiRequest } from '../client';
import {
  DUAL_SWITCH_PATH,
  DualSwitchResponseSchema,
  type DualSwitchBody,
  type DualSwitchResponse,
} from '../contract/profiles/dual';
import { rotateCredential } from '../credential';
import { orgIdOf, type SendSwitch, type SwitchTarget } from './types';

export function dualSwitchRequest(target: SwitchTarget): ApiRequest<DualSwitchResponse> {
  const body: DualSwitchBody = { id: orgIdOf(target) };
  return {
    method: 'POST',
    path: DUAL_SWITCH_PATH,
    body,
    schema: DualSwitchResponseSchema,
    auth: 'bearer',
  };
}

/**
 * DUAL scopes the token to the org and refuses the old one from now on: the new token replaces
 * the stored credential at once, for every later request and (through storage) every tab. The
 * organization it returns has members and CRUD roles, not the console's context.
 */
export function readDualSwitch(response: DualSwitchResponse): null {
  rotateCredential(response.access_token);
  return null;
}

export const sendSwitch: SendSwitch = async (target) =>
  readDualSwitch(await apiRequest(dualSwitchRequest(target)));
