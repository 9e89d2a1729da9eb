import { http, HttpResponse, delay } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../mocks/node';
import { ApiError } from './api-error';
import { apiRequest } from './client';
import { ActiveOrgSchema } from './contract/active-org';
import { rotateCredential, setCredential, setCredentialRenewer } from './credential';
import { config } from '../config';

const SECRET = 'sb_super_secret_token_123';
const url = `${config.apiBaseUrl}/thing`;
const Thing = z.object({ id: z.string() });

function answer(response: (info: { request: Request }) => Response | Promise<Response>) {
  mockServer.use(http.all(url, response));
}

async function failure(
  request: Parameters<typeof apiRequest>[0] = { path: '/thing', schema: Thing },
) {
  setCredential(SECRET);
  try {
    await apiRequest(request);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    // The credential never appears in anything an error carries.
    // Its own fields on purpose: what a logger that serialises the error would write.
    // eslint-disable-next-line @typescript-eslint/no-misused-spread
    expect(JSON.stringify({ ...apiError, message: apiError.message })).not.toContain(SECRET);
    return apiError;
  }
  throw new Error('expected the request to fail');
}

describe('apiRequest', () => {
  it('sends the credential as a bearer token and parses the body with its schema', async () => {
    setCredential(SECRET);
    answer(({ request }) =>
      HttpResponse.json({ id: request.headers.get('Authorization'), extra: 'tolerated' }),
    );
    await expect(apiRequest({ path: '/thing', schema: Thing })).resolves.toEqual({
      id: `Bearer ${SECRET}`,
    });
  });

  it('sends X-API-Key instead when the deployment uses key auth', async () => {
    setCredential(SECRET);
    config.auth = 'api-key';
    try {
      answer(({ request }) =>
        HttpResponse.json({
          id: `${String(request.headers.get('X-API-Key'))}|${String(request.headers.get('Authorization'))}`,
        }),
      );
      const result = await apiRequest({ path: '/thing', schema: Thing });
      expect(result.id).toBe(`${SECRET}|null`);
    } finally {
      config.auth = 'bearer';
    }
  });

  it('sends X-API-Key for one request that asks for it, whatever the deployment uses', async () => {
    setCredential(SECRET);
    answer(({ request }) =>
      HttpResponse.json({
        id: `${String(request.headers.get('X-API-Key'))}|${String(request.headers.get('Authorization'))}`,
      }),
    );
    const result = await apiRequest({ path: '/thing', schema: Thing, auth: 'api-key' });
    expect(result.id).toBe(`${SECRET}|null`);
  });

  it('retries once with a credential that replaced the one a 401 answered (token rotation)', async () => {
    setCredential('old-token');
    const seen: (string | null)[] = [];
    answer(({ request }) => {
      const sent = request.headers.get('Authorization');
      seen.push(sent);
      if (sent === 'Bearer old-token') {
        rotateCredential('new-token');
        return HttpResponse.json({ code: 401, message: 'expired', details: {} }, { status: 401 });
      }
      return HttpResponse.json({ id: 'ok' });
    });
    await expect(apiRequest({ path: '/thing', schema: Thing })).resolves.toEqual({ id: 'ok' });
    expect(seen).toEqual(['Bearer old-token', 'Bearer new-token']);
  });

  describe('a refused token with a renewer (OIDC)', () => {
    /** The server takes only `fresh-token`; everything else is answered 401. */
    function acceptOnlyFresh(seen: (string | null)[]) {
      answer(({ request }) => {
        const sent = request.headers.get('Authorization');
        seen.push(sent);
        return sent === 'Bearer fresh-token'
          ? HttpResponse.json({ id: 'ok' })
          : HttpResponse.json({ success: false, message: 'expired' }, { status: 401 });
      });
    }

    it('renews once for every request refused at the same time, and retries each', async () => {
      setCredential('expired-token');
      const seen: (string | null)[] = [];
      acceptOnlyFresh(seen);
      let renewals = 0;
      setCredentialRenewer(async () => {
        renewals += 1;
        await delay(20);
        rotateCredential('fresh-token');
        return true;
      });
      const request = { path: '/thing', schema: Thing };
      await expect(Promise.all([apiRequest(request), apiRequest(request)])).resolves.toEqual([
        { id: 'ok' },
        { id: 'ok' },
      ]);
      expect(renewals).toBe(1);
      expect(seen.filter((sent) => sent === 'Bearer fresh-token')).toHaveLength(2);
    });

    it('gives up with the 401 when the renewal fails, without a second try', async () => {
      setCredential('expired-token');
      const seen: (string | null)[] = [];
      acceptOnlyFresh(seen);
      setCredentialRenewer(() => Promise.resolve(false));
      await expect(apiRequest({ path: '/thing', schema: Thing })).rejects.toMatchObject({
        status: 401,
      });
      expect(seen).toEqual(['Bearer expired-token']);
    });
  });

  it("never retries a 401 with another sign-in's credential", async () => {
    setCredential('user-a-token');
    const seen: (string | null)[] = [];
    answer(({ request }) => {
      seen.push(request.headers.get('Authorization'));
      // Meanwhile, someone else signs in in another tab of this browser.
      setCredential('user-b-token');
      return HttpResponse.json({ success: false, message: 'expired' }, { status: 401 });
    });
    await expect(apiRequest({ path: '/thing', schema: Thing })).rejects.toMatchObject({
      status: 401,
    });
    expect(seen).toEqual(['Bearer user-a-token']);
  });

  it('reads the Flashback envelope', async () => {
    answer(() =>
      HttpResponse.json(
        { success: false, data: null, message: 'No valid fields to update' },
        { status: 400 },
      ),
    );
    const error = await failure();
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      message: 'No valid fields to update',
    });
  });

  it('reads the Aitronos envelope with its code and trace id', async () => {
    answer(() =>
      HttpResponse.json(
        {
          success: false,
          error: {
            code: 'INSUFFICIENT_PERMISSIONS',
            message: 'You do not have permission to access this resource.',
            system_message: 'Insufficient permissions for this operation',
            type: 'authorization_error',
            status: 403,
            details: {},
            trace_id: 'req_def456uvw',
            timestamp: '2025-11-11T10:30:00Z',
          },
        },
        { status: 403 },
      ),
    );
    const error = await failure();
    expect(error).toMatchObject({
      kind: 'http',
      status: 403,
      code: 'INSUFFICIENT_PERMISSIONS',
      traceId: 'req_def456uvw',
      message: 'You do not have permission to access this resource.',
    });
  });

  it('reads the DUAL envelope', async () => {
    answer(() =>
      HttpResponse.json(
        { code: 5, message: 'Organization not found', details: {} },
        { status: 404 },
      ),
    );
    const error = await failure();
    expect(error).toMatchObject({
      kind: 'http',
      status: 404,
      code: '5',
      message: 'Organization not found',
    });
  });

  it('explains an HTML error page from a proxy in its own words', async () => {
    answer(
      () =>
        new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const error = await failure();
    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.message).toBe('The server had a problem (502). Try again in a moment.');
  });

  it('explains an empty error body', async () => {
    answer(() => new HttpResponse(null, { status: 401 }));
    const error = await failure();
    expect(error).toMatchObject({
      kind: 'http',
      status: 401,
      message: 'Your session has ended. Sign in again.',
    });
  });

  it('turns a network failure into a network error', async () => {
    answer(() => HttpResponse.error());
    const error = await failure();
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not reach the server/i);
  });

  it('gives up after the timeout', async () => {
    answer(async () => {
      await delay(1_000);
      return HttpResponse.json({ id: 'late' });
    });
    const error = await failure({ path: '/thing', schema: Thing, timeoutMs: 50 });
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/did not answer/);
  });

  it("lets react-query's abort cancel without an error of its own", async () => {
    answer(async () => {
      await delay(1_000);
      return HttpResponse.json({ id: 'late' });
    });
    const controller = new AbortController();
    const pending = apiRequest({ path: '/thing', schema: Thing, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(ApiError);
  });

  it('rejects a body that fails the schema as an invalid response', async () => {
    answer(() => HttpResponse.json({ org: { slug: 42 } }));
    const error = await failure({ path: '/thing', schema: ActiveOrgSchema });
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/could not read/);
  });

  it('answers a re-read with the same text with the same object, validated once', async () => {
    setCredential(SECRET);
    let checks = 0;
    const Counted = z.object({ id: z.string().check(z.refine(() => (checks += 1) > 0)) });
    let body = { id: 'a' };
    answer(() => HttpResponse.json(body));
    const first = await apiRequest({ path: '/thing', schema: Counted });
    const again = await apiRequest({ path: '/thing', schema: Counted });
    expect(again).toBe(first);
    expect(checks).toBe(1);

    body = { id: 'b' };
    const changed = await apiRequest({ path: '/thing', schema: Counted });
    expect(changed).toEqual({ id: 'b' });
    expect(checks).toBe(2);
    // A write's answer is never taken for a re-read.
    body = { id: 'a' };
    const written = await apiRequest({ method: 'PUT', path: '/thing', schema: Counted });
    expect(written).not.toBe(first);
    expect(checks).toBe(3);
  });

  it('rejects a 200 body that is not JSON as an invalid response', async () => {
    answer(() => new HttpResponse('{"id": ', { headers: { 'Content-Type': 'application/json' } }));
    const error = await failure();
    expect(error.kind).toBe('invalid-response');
  });

  it('never repeats a credential the server echoes back', async () => {
    answer(() =>
      HttpResponse.json({ success: false, message: `Token ${SECRET} is expired` }, { status: 401 }),
    );
    const error = await failure();
    expect(error.message).toBe('Token [credential] is expired');
  });
});
