import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { config } from '../../config';
import { mockServer } from '../../mocks/node';
import {
  SlugbaseSwitchBodySchema,
  SlugbaseSwitchResponseSchema,
} from '../contract/profiles/slugbase';
import { setCredential } from '../credential';
import { slugbaseSwitchRequest, sendSwitch } from './slugbase';

// seeds/001, verbatim: the request body and the answer.
const REQUEST = { organizationId: 'example_string' };
const OK = {};

const url = `${config.apiBaseUrl}/api/session/org`;

describe('slugbase profile', () => {
  it('POSTs {organizationId} with a bearer token', () => {
    const request = slugbaseSwitchRequest({ slug: 'example', id: 'example_string' });
    expect(request).toMatchObject({
      method: 'POST',
      path: '/api/session/org',
      body: REQUEST,
      auth: 'bearer',
    });
    expect(SlugbaseSwitchBodySchema.parse(request.body)).toEqual(REQUEST);
  });

  it("reads the document's empty answer", () => {
    expect(SlugbaseSwitchResponseSchema.safeParse(OK).success).toBe(true);
  });

  it('sends Authorization: Bearer with an sb_ token even under key auth, and resolves null', async () => {
    setCredential('sb_personal_token');
    config.auth = 'api-key';
    let seen: [string | null, string | null, unknown] = [null, null, null];
    mockServer.use(
      http.post(url, async ({ request }) => {
        seen = [
          request.headers.get('Authorization'),
          request.headers.get('X-API-Key'),
          await request.json(),
        ];
        return HttpResponse.json(OK);
      }),
    );
    try {
      await expect(sendSwitch({ slug: 'example', id: 'example_string' })).resolves.toBeNull();
    } finally {
      config.auth = 'bearer';
    }
    expect(seen).toEqual(['Bearer sb_personal_token', null, REQUEST]);
  });

  it('shows the server message of a refused switch', async () => {
    setCredential('sb_personal_token');
    mockServer.use(
      http.post(url, () =>
        HttpResponse.json({ success: false, data: null, message: 'Not a member' }, { status: 403 }),
      ),
    );
    await expect(sendSwitch({ slug: 'example' })).rejects.toMatchObject({
      status: 403,
      message: 'Not a member',
    });
  });
});
