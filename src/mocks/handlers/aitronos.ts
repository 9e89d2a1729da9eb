import { HttpResponse } from 'msw';
import type { AitronosError } from '../../api/contract/error-envelopes';
import {
  AITRONOS_SWITCH_PATH,
  AitronosSwitchBodySchema,
  type AitronosSwitchResponse,
} from '../../api/contract/profiles/aitronos';
import type { MockDb } from '../db';
import { DOCUMENTED_SWITCH } from '../documented';
import type { Faults } from '../faults';
import { readApiKey } from './respond';
import { switchEndpoint, type SwitchRefusal } from './switch-endpoint';
import type { MockSettings } from './with-fault';

// The envelope's status is optional; the mock always sends one, as its HTTP status too.
type AitronosProblem = Omit<AitronosError['error'], 'trace_id' | 'timestamp' | 'details'> & {
  status: number;
};

// The 401 and 403 bodies are seeds/000's own; 400 and 404 follow the same envelope.
const PROBLEMS = {
  unauthenticated: {
    code: 'AUTHENTICATION_REQUIRED',
    message: 'Authentication required. Please provide a valid API key.',
    system_message: 'Missing or invalid authorization header',
    type: 'authentication_error',
    status: 401,
  },
  forbidden: {
    code: 'INSUFFICIENT_PERMISSIONS',
    message: 'You do not have permission to access this resource.',
    system_message: 'Insufficient permissions for this operation',
    type: 'authorization_error',
    status: 403,
  },
  invalid: {
    code: 'VALIDATION_ERROR',
    message: 'organization_id is required.',
    system_message: 'Request body failed validation',
    type: 'validation_error',
    status: 400,
  },
  'not-found': {
    code: 'ORGANIZATION_NOT_FOUND',
    message: 'Organization not found.',
    system_message: 'No organization with this ID',
    type: 'not_found_error',
    status: 404,
  },
} satisfies Record<SwitchRefusal, AitronosProblem>;

function aitronosError(problem: AitronosProblem) {
  const body: AitronosError = {
    success: false,
    error: {
      ...problem,
      details: {},
      trace_id: `req_${Math.random().toString(36).slice(2, 11)}`,
      timestamp: new Date().toISOString(),
    },
  };
  return HttpResponse.json(body, { status: problem.status });
}

/** seeds/000: the switch needs the key in X-API-Key (a bearer token is not enough). */
export function aitronosHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  return [
    switchEndpoint(db, faults, settings, {
      method: 'put',
      path: AITRONOS_SWITCH_PATH,
      credential: readApiKey,
      body: AitronosSwitchBodySchema,
      target: (body) => body.organization_id,
      refuse: (refusal) => aitronosError(PROBLEMS[refusal]),
      answer: (_user, org) => {
        if (org.documented) return HttpResponse.json(DOCUMENTED_SWITCH.aitronos);
        const answer: AitronosSwitchResponse = {
          success: true,
          message: 'Operation completed successfully',
          current_organization_id: org.details.id,
          organization: { id: org.details.id, name: org.details.name, type: 'default' },
        };
        return HttpResponse.json(answer);
      },
    }),
  ];
}
