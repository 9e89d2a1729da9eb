import { HttpResponse } from 'msw';
import {
  SLUGBASE_SWITCH_PATH,
  SlugbaseSwitchBodySchema,
} from '../../api/contract/profiles/slugbase';
import type { MockDb } from '../db';
import type { Faults } from '../faults';
import { errorResponse, readBearer } from './respond';
import { switchEndpoint, type SwitchRefusal } from './switch-endpoint';
import type { MockSettings } from './with-fault';

const SLUGBASE_REFUSALS: Record<SwitchRefusal, [number, string]> = {
  unauthenticated: [401, 'Unauthorized: send Authorization: Bearer <token>'],
  invalid: [400, 'organizationId is required'],
  'not-found': [404, 'Organization not found'],
  forbidden: [403, 'You are not a member of this organization'],
};

/**
 * seeds/001: Bearer only, and the answer is `{}`. The document shows no error bodies; these
 * use the console's own envelope.
 */
export function slugbaseHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  return [
    switchEndpoint(db, faults, settings, {
      method: 'post',
      path: SLUGBASE_SWITCH_PATH,
      credential: readBearer,
      body: SlugbaseSwitchBodySchema,
      target: (body) => body.organizationId,
      refuse: (refusal) => errorResponse(...SLUGBASE_REFUSALS[refusal]),
      answer: () => HttpResponse.json({}),
    }),
  ];
}
