import { http } from 'msw';
import type * as z from 'zod/mini';
import type { MockDb } from '../db';
import type { Faults } from '../faults';
import type { MockOrg, MockUser } from '../seed';
import { readJsonBody } from './respond';
import { withFault, type MockSettings } from './with-fault';

export type SwitchRefusal = 'unauthenticated' | 'invalid' | 'not-found' | 'forbidden';

/** What one platform's switch endpoint looks like; the steps are the same for all of them. */
export type SwitchEndpoint<Body> = {
  method: 'put' | 'post';
  path: string;
  credential: (request: Request) => string | null;
  body: z.ZodMiniType<Body>;
  /** The org the body names: by id, or slug. */
  target: (body: Body) => string;
  refuse: (refusal: SwitchRefusal, target: string | null) => Response;
  answer: (user: MockUser, org: MockOrg) => Response;
};

/** A switch endpoint: 401 unknown credential, 400 bad body, 404 unknown org, 403 non-member. */
export function switchEndpoint<Body>(
  db: MockDb,
  faults: Faults,
  settings: MockSettings,
  endpoint: SwitchEndpoint<Body>,
) {
  return http[endpoint.method](`*${endpoint.path}`, ({ request }) =>
    withFault(
      faults,
      settings,
      'active-org:switch',
    )(async () => {
      const user = await db.authenticate(endpoint.credential(request));
      if (!user) return endpoint.refuse('unauthenticated', null);
      const body = endpoint.body.safeParse(await readJsonBody(request));
      if (!body.success) return endpoint.refuse('invalid', null);
      const target = endpoint.target(body.data);
      const org = db.findOrg(target);
      if (!org) return endpoint.refuse('not-found', target);
      if (!db.membership(user, org.slug)) return endpoint.refuse('forbidden', target);
      db.setActiveOrg(user, org.slug);
      return endpoint.answer(user, org);
    }),
  );
}
