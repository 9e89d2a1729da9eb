import { HttpResponse } from 'msw';
import type { AitronosError, DualError, FlashbackError } from '../../api/contract/error-envelopes';

export type Envelope = 'flashback' | 'aitronos' | 'dual';

const CODES: Record<number, string> = {
  400: 'INVALID_REQUEST',
  401: 'AUTHENTICATION_REQUIRED',
  403: 'INSUFFICIENT_PERMISSIONS',
  404: 'NOT_FOUND',
};

/** An error in any of the three envelopes the contract allows. */
export function errorResponse(status: number, message: string, envelope: Envelope = 'flashback') {
  const code = CODES[status] ?? 'INTERNAL_ERROR';
  let body: (FlashbackError & { data: null }) | AitronosError | DualError;
  if (envelope === 'aitronos') {
    body = {
      success: false,
      error: {
        code,
        message,
        system_message: message,
        type: status === 401 ? 'authentication_error' : 'api_error',
        status,
        details: {},
        trace_id: `req_${Math.random().toString(36).slice(2, 10)}`,
        timestamp: new Date().toISOString(),
      },
    };
  } else if (envelope === 'dual') {
    body = { code: status, message, details: {} };
  } else {
    // seeds/004's key order: the documented bodies and these are the same bytes.
    body = { success: false, data: null, message };
  }
  return HttpResponse.json(body, { status });
}

export const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Authentication required. Please provide a valid token.',
  403: 'You do not have permission to access this resource.',
  404: 'Organization not found',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

export function defaultMessage(status: number): string {
  return DEFAULT_MESSAGES[status] ?? `Error ${status}`;
}

/** The credential from either header the contract allows. */
export function readCredential(request: Request): string | null {
  return readApiKey(request) ?? readBearer(request);
}

export function readApiKey(request: Request): string | null {
  return request.headers.get('X-API-Key') || null;
}

export function readBearer(request: Request): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1]?.trim() || null;
}

export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return undefined;
  }
}
