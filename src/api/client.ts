import type * as z from 'zod/mini';
import { config, type AuthScheme } from '../config';
import { ApiError, hasStatus } from './api-error';
import { getCredential, getCredentialSession, renewCredential } from './credential';
import { parseJson, readErrorBody } from './read-error-body';

export type ApiRequest<T> = {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Starts with '/'; appended to the configured base URL. */
  path: string;
  body?: unknown;
  schema: z.ZodMiniType<T>;
  /** react-query's signal: aborting it cancels the request without an error of ours. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** A backend profile's endpoint that wants its credential in a given header; else config.auth. */
  auth?: AuthScheme;
};

export async function apiRequest<T>(request: ApiRequest<T>): Promise<T> {
  const credential = getCredential();
  const session = getCredentialSession();
  try {
    return await send(request, credential);
  } catch (error) {
    if (!hasStatus(error, 401) || !credential) throw error;
    // A refused token is not the end of the session while the same session holds a newer one:
    // rotated on a switch (DUAL) or renewed meanwhile; else one renewal is tried (OIDC). A token
    // of another sign-in (someone else, in another tab) is never used for this request.
    if (getCredential() === credential && !(await renewCredential())) throw error;
    const current = getCredential();
    if (current && current !== credential && getCredentialSession() === session) {
      return send(request, current);
    }
    throw error;
  }
}

// The whole wait for a read, retries included, is one budget of `timeoutMs`: react-query gives
// every attempt of one fetch the same signal, so the deadline is kept per signal.
const deadlines = new WeakMap<AbortSignal, number>();

function deadlineOf(signal: AbortSignal | undefined, timeoutMs: number): number {
  if (!signal) return Date.now() + timeoutMs;
  let deadline = deadlines.get(signal);
  if (deadline === undefined) {
    deadline = Date.now() + timeoutMs;
    deadlines.set(signal, deadline);
  }
  return deadline;
}

async function send<T>(request: ApiRequest<T>, credential: string | null): Promise<T> {
  const timeoutMs = request.timeoutMs ?? config.timeoutMs;
  const deadline = deadlineOf(request.signal, timeoutMs);
  const timeout = AbortSignal.timeout(Math.max(0, deadline - Date.now()));
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const timeLeftMs = () => Math.max(0, deadline - Date.now());

  let status = 0;
  let body: string;
  let ok: boolean;
  try {
    const response = await fetch(`${config.apiBaseUrl}${request.path}`, {
      method: request.method ?? 'GET',
      headers: buildHeaders(credential, request.auth ?? config.auth, request.body !== undefined),
      body: request.body === undefined ? null : JSON.stringify(request.body),
      signal,
    });
    status = response.status;
    ok = response.ok;
    body = await response.text();
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason ?? error;
    if (timeout.aborted) {
      throw new ApiError({
        kind: 'timeout',
        status: status || undefined,
        timeLeftMs: 0,
        message: `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again.`,
      });
    }
    throw new ApiError({
      kind: 'network',
      message: 'Could not reach the server. Check your connection and try again.',
      timeLeftMs: timeLeftMs(),
    });
  }

  if (!ok) {
    const details = readErrorBody(status, body);
    throw new ApiError({
      kind: 'http',
      status,
      code: details.code,
      traceId: details.traceId,
      message: redact(details.message, credential),
      timeLeftMs: timeLeftMs(),
    });
  }

  const read = (request.method ?? 'GET') === 'GET';
  const last = read ? lastReads.get(request.schema) : undefined;
  if (last?.body === body) return last.data as T;
  const parsed = await request.schema.safeParseAsync(parseJson(body));
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status,
      message: 'The server sent a response the console could not read. Try again later.',
    });
  }
  if (read) lastReads.set(request.schema, { body, data: parsed.data });
  return parsed.data;
}

// The last answer read with each schema, and its text. A re-read answered with the same text
// gives the same object, validated once: nothing that depends on it computes or renders again,
// however large it is (the active org's query keeps no structural sharing: decision 021).
const lastReads = new WeakMap<object, { body: string; data: unknown }>();

function buildHeaders(credential: string | null, auth: AuthScheme, hasBody: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasBody) headers.set('Content-Type', 'application/json');
  if (credential) {
    if (auth === 'api-key') headers.set('X-API-Key', credential);
    else headers.set('Authorization', `Bearer ${credential}`);
  }
  return headers;
}

/** A server that echoes the credential back must not make us show it. */
function redact(message: string, credential: string | null): string {
  return credential ? message.split(credential).join('[credential]') : message;
}
