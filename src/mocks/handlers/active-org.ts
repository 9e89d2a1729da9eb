import { http, HttpResponse, type JsonBodyType } from 'msw';
import { SwitchOrgBodySchema } from '../../api/contract/active-org';
import type { MockDb } from '../db';
import type { Faults } from '../faults';
import { errorResponse, readCredential } from './respond';
import { switchEndpoint, type SwitchRefusal } from './switch-endpoint';
import { withFault, type MockSettings } from './with-fault';

const UNAUTHORIZED = 'Authentication required. Please sign in again.';

const CONSOLE_REFUSALS: Record<SwitchRefusal, (slug: string | null) => [number, string]> = {
  unauthenticated: () => [401, UNAUTHORIZED],
  invalid: () => [400, 'orgSlug is required'],
  'not-found': (slug) => [404, `Organization "${slug ?? ''}" not found`],
  forbidden: (slug) => [403, `You are not a member of "${slug ?? ''}"`],
};

export function activeOrgHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  return [
    http.get('*/v2/user/active-org', ({ request }) =>
      withFault(
        faults,
        settings,
        'active-org:read',
      )(async () => {
        const user = await db.authenticate(readCredential(request));
        if (!user) return errorResponse(401, UNAUTHORIZED, 'aitronos');
        return HttpResponse.json(db.activeOrgAnswer(user) as JsonBodyType);
      }),
    ),
    switchEndpoint(db, faults, settings, {
      method: 'put',
      path: '/v2/user/active-org',
      credential: readCredential,
      body: SwitchOrgBodySchema,
      target: (body) => body.orgSlug,
      refuse: (refusal, slug) => errorResponse(...CONSOLE_REFUSALS[refusal](slug), 'aitronos'),
      answer: (user) => HttpResponse.json(db.activeOrgAnswer(user) as JsonBodyType),
    }),
  ];
}
