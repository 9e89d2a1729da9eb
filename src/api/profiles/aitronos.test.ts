import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { config } from '../../config';
import { mockServer } from '../../mocks/node';
import type { ApiError } from '../api-error';
import { AitronosSwitchResponseSchema } from '../contract/profiles/aitronos';
import { setCredential } from '../credential';
import { aitronosSwitchRequest, readAitronosSwitch, sendSwitch } from './aitronos';

// seeds/000, verbatim.
const OK = {
  success: true,
  message: 'Operation completed successfully',
  current_organization_id: 'abc123def456',
  organization: { id: 'org_abc123def456', name: 'My Resource', type: 'default' },
};
const UNAUTHORIZED = {
  success: false,
  error: {
    code: 'AUTHENTICATION_REQUIRED',
    message: 'Authentication required. Please provide a valid API key.',
    system_message: 'Missing or invalid authorization header',
    type: 'authentication_error',
    status: 401,
    details: {},
    trace_id: 'req_abc123xyz',
    timestamp: '2025-11-11T10:30:00Z',
  },
};
const FORBIDDEN = {
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
};

const url = `${config.apiBaseUrl}/v1/user/current-organization`;

describe('aitronos profile', () => {
  it('PUTs {organization_id} by org id, with the credential as X-API-Key', () => {
    const request = aitronosSwitchRequest({ slug: 'my-resource', id: 'org_abc123def456' });
    expect(request).toMatchObject({
      method: 'PUT',
      path: '/v1/user/current-organization',
      body: { organization_id: 'org_abc123def456' },
      auth: 'api-key',
    });
    expect(aitronosSwitchRequest({ slug: 'my-resource' }).body).toEqual({
      organization_id: 'my-resource',
    });
  });

  it("reads the document's 200 answer, which does not carry the console's context", () => {
    const response = AitronosSwitchResponseSchema.parse(OK);
    expect(response.organization).toEqual(OK.organization);
    expect(readAitronosSwitch(response)).toBeNull();
  });

  it('treats success: false as a failure with its message', () => {
    const response = AitronosSwitchResponseSchema.parse({ ...OK, success: false, message: 'No' });
    expect(() => readAitronosSwitch(response)).toThrow('No');
  });

  it('sends the key in X-API-Key even when other requests use a bearer token', async () => {
    setCredential('fk_secret');
    config.auth = 'bearer';
    let seen: [string | null, string | null, unknown] = [null, null, null];
    mockServer.use(
      http.put(url, async ({ request }) => {
        seen = [
          request.headers.get('X-API-Key'),
          request.headers.get('Authorization'),
          await request.json(),
        ];
        return HttpResponse.json(OK);
      }),
    );
    await expect(sendSwitch({ slug: 'x', id: 'org_abc123def456' })).resolves.toBeNull();
    expect(seen).toEqual(['fk_secret', null, { organization_id: 'org_abc123def456' }]);
  });

  it.each([
    [401, UNAUTHORIZED],
    [403, FORBIDDEN],
  ])("shows the %i envelope's message and keeps its trace id", async (status, body) => {
    setCredential('fk_secret');
    mockServer.use(http.put(url, () => HttpResponse.json(body, { status })));
    const error = (await sendSwitch({ slug: 'x' }).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({
      kind: 'http',
      status,
      code: body.error.code,
      message: body.error.message,
      traceId: body.error.trace_id,
    });
  });
});
