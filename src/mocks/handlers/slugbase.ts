import { http, HttpResponse } from 'msw';
import {
  SLUGBASE_SWITCH_PATH,
  SlugbaseSwitchBodySchema,
} from '../../api/contract/profiles/slugbase';
import type { MockDb } from '../db';
import type { Faults } from '../faults';
import { errorResponse, readBearer, readJsonBody } from './respond';
import { withFault, type MockSettings } from './with-fault';

/**
 * seeds/001: Bearer only, and the answer is `{}`. The document shows no error bodies; these
 * use the console's own envelope.
 */
export function slugbaseHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  return [
    http.post(`*${SLUGBASE_SWITCH_PATH}`, ({ request }) =>
      withFault(
        faults,
        settings,
        'active-org:switch',
      )(async () => {
        const user = db.userByCredential(readBearer(request));
        if (!user) return errorResponse(401, 'Unauthorized: send Authorization: Bearer <token>');
        const body = SlugbaseSwitchBodySchema.safeParse(await readJsonBody(request));
        if (!body.success) return errorResponse(400, 'organizationId is required');
        const org = db.findOrg(body.data.organizationId);
        if (!org) return errorResponse(404, 'Organization not found');
        if (!db.membership(user, org.slug)) {
          return errorResponse(403, 'You are not a member of this organization');
        }
        db.setActiveOrg(user, org.slug);
        return HttpResponse.json({});
      }),
    ),
  ];
}
