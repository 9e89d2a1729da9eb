import { HttpResponse } from 'msw';
import {
  DUAL_SWITCH_PATH,
  DualSwitchBodySchema,
  type DualSwitchResponse,
} from '../../api/contract/profiles/dual';
import type { MockDb } from '../db';
import { DOCUMENTED_SWITCH } from '../documented';
import { dualOrganization } from '../dual-organization';
import type { Faults } from '../faults';
import { errorResponse, readBearer } from './respond';
import { switchEndpoint, type SwitchRefusal } from './switch-endpoint';
import type { MockSettings } from './with-fault';

const DUAL_REFUSALS: Record<SwitchRefusal, [number, string]> = {
  unauthenticated: [401, 'Invalid or expired access token'],
  invalid: [400, 'id is required'],
  'not-found': [404, 'Organization not found'],
  forbidden: [403, 'You are not a member of this organization'],
};

/** seeds/002: Bearer only; each switch issues a new token and the old one stops working. */
export function dualHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  return [
    switchEndpoint(db, faults, settings, {
      method: 'post',
      path: DUAL_SWITCH_PATH,
      credential: readBearer,
      body: DualSwitchBodySchema,
      target: (body) => body.id,
      refuse: (refusal) => errorResponse(...DUAL_REFUSALS[refusal], 'dual'),
      answer: (user, org) => {
        if (org.documented) {
          // The printed token ("string") replaces Dora's, as any DUAL token would.
          db.rotateToken(user, DOCUMENTED_SWITCH.dual.access_token);
          return HttpResponse.json(DOCUMENTED_SWITCH.dual);
        }
        const answer: DualSwitchResponse = {
          access_token: db.rotateToken(user),
          organization: dualOrganization(org, db.members(org.slug)),
        };
        return HttpResponse.json(answer);
      },
    }),
  ];
}
