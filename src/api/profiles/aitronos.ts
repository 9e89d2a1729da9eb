import { ApiError } from '../api-error';
import { apiRequest, type ApiRequest } from '../client';
import {
  AITRONOS_SWITCH_PATH,
  AitronosSwitchResponseSchema,
  type AitronosSwitchBody,
  type AitronosSwitchResponse,
} from '../contract/profiles/aitronos';
import { orgIdOf, type SendSwitch, type SwitchTarget } from './types';

export function aitronosSwitchRequest(target: SwitchTarget): ApiRequest<AitronosSwitchResponse> {
  const body: AitronosSwitchBody = { organization_id: orgIdOf(target) };
  return {
    method: 'PUT',
    path: AITRONOS_SWITCH_PATH,
    body,
    schema: AitronosSwitchResponseSchema,
    auth: 'api-key',
  };
}

/** The answer names the org ({id, name, type}) but not the role, permissions or navigation. */
export function readAitronosSwitch(response: AitronosSwitchResponse): null {
  if (!response.success)
    throw new ApiError({ kind: 'http', status: 200, message: response.message });
  return null;
}

export const sendSwitch: SendSwitch = async (target) =>
  readAitronosSwitch(await apiRequest(aitronosSwitchRequest(target)));
