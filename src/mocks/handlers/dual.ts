import { http, HttpResponse } from 'msw';
import {
  DUAL_SWITCH_PATH,
  DualSwitchBodySchema,
  type DualSwitchResponse,
} from '../../api/contract/profiles/dual';
import type { MockDb } from '../db';
import { dualOrganization } from '../dual-organization';
import type { Faults } from '../faults';
import { errorResponse, readBearer, readJsonBody } from './respond';
import { withFault, type MockSettings } from './with-fault';

/** seeds/002: Bearer only; each switch issues a new token and the old one stops working. */
export function dualHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  return [
    http.post(`*${DUAL_SWITCH_PATH}`, ({ request }) =>
      withFault(
        faults,
        settings,
        'active-org:switch',
      )(async () => {
        const user = db.userByCredential(readBearer(request));
        if (!user) return errorResponse(401, 'Invalid or expired access token', 'dual');
        const body = DualSwitchBodySchema.safeParse(await readJsonBody(request));
        if (!body.success) return errorResponse(400, 'id is required', 'dual');
        const org = db.findOrg(body.data.id);
        if (!org) return errorResponse(404, 'Organization not found', 'dual');
        if (!db.membership(user, org.slug)) {
          return errorResponse(403, 'You are not a member of this organization', 'dual');
        }
        db.setActiveOrg(user, org.slug);
        const answer: DualSwitchResponse = {
          access_token: db.rotateToken(user),
          organization: dualOrganization(org, db.members(org.slug)),
        };
        return HttpResponse.json(answer);
      }),
    ),
  ];
}
