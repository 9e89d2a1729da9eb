import { http, HttpResponse } from 'msw';
import { SwitchOrgBodySchema } from '../../api/contract/active-org';
import type { MockDb } from '../db';
import type { Faults } from '../faults';
import { errorResponse, readCredential, readJsonBody } from './respond';
import { withFault, type MockSettings } from './with-fault';

const UNAUTHORIZED = 'Authentication required. Please sign in again.';

export function activeOrgHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  return [
    http.get('*/v2/user/active-org', ({ request }) =>
      withFault(
        faults,
        settings,
        'active-org:read',
      )(async () => {
        const user = db.userByCredential(readCredential(request));
        if (!user) return errorResponse(401, UNAUTHORIZED, 'aitronos');
        return HttpResponse.json(db.activeOrg(user));
      }),
    ),
    http.put('*/v2/user/active-org', ({ request }) =>
      withFault(
        faults,
        settings,
        'active-org:switch',
      )(async () => {
        const user = db.userByCredential(readCredential(request));
        if (!user) return errorResponse(401, UNAUTHORIZED, 'aitronos');
        const body = SwitchOrgBodySchema.safeParse(await readJsonBody(request));
        if (!body.success) return errorResponse(400, 'orgSlug is required', 'aitronos');
        const { orgSlug } = body.data;
        if (!db.findOrg(orgSlug))
          return errorResponse(404, `Organization "${orgSlug}" not found`, 'aitronos');
        if (!db.membership(user, orgSlug)) {
          return errorResponse(403, `You are not a member of "${orgSlug}"`, 'aitronos');
        }
        db.setActiveOrg(user, orgSlug);
        return HttpResponse.json(db.activeOrg(user));
      }),
    ),
  ];
}
