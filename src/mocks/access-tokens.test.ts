import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { getResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActiveOrgSchema } from '../api/contract/active-org';
import { createMockBackend } from './backend';

const issuer = 'http://provider.test';
const audience = 'urn:org-console:api';
let providerKey: CryptoKey;
let providerPublic: CryptoKey;
let strangerKey: CryptoKey;
let backend: ReturnType<typeof createMockBackend>;

beforeAll(async () => {
  ({ privateKey: providerKey, publicKey: providerPublic } = await keyPair());
  ({ privateKey: strangerKey } = await keyPair());
  const keys = createLocalJWKSet({
    keys: [{ ...(await exportJWK(providerPublic)), kid: 'k1', alg: 'RS256' }],
  });
  backend = createMockBackend({ oidc: { issuer, audience, keys } });
});

const keyPair = () => generateKeyPair('RS256', { extractable: true });

function accessToken(claims: JWTPayload, key = providerKey, expiresIn = '5m') {
  return new SignJWT({ iss: issuer, aud: audience, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

async function readActiveOrg(token: string) {
  const request = new Request('http://api.test/v2/user/active-org', {
    headers: { Authorization: `Bearer ${token}` },
  });
  const response = await getResponse(backend.handlers, request);
  return { status: response?.status, body: (await response?.json()) as unknown };
}

describe('mock backend: access tokens of the OpenID provider', () => {
  it("maps a verified token's subject to the persona", async () => {
    const { status, body } = await readActiveOrg(await accessToken({ sub: 'usr_sam' }));
    expect(status).toBe(200);
    expect((await ActiveOrgSchema.parseAsync(body)).org?.slug).toBe('hooli');
  });

  it('refuses a token it cannot trust with 401', async () => {
    const refused = [
      await accessToken({ sub: 'usr_sam' }, strangerKey),
      await accessToken({ sub: 'usr_sam', aud: 'another-api' }),
      await accessToken({ sub: 'usr_sam', iss: 'http://elsewhere.test' }),
      await accessToken({ sub: 'usr_sam' }, providerKey, '-1m'),
      await accessToken({ sub: 'usr_nobody' }),
    ];
    for (const token of refused) expect((await readActiveOrg(token)).status).toBe(401);
  });

  it("keeps accepting the personas' tokens", async () => {
    expect((await readActiveOrg('mock-olivia-token')).status).toBe(200);
  });
});
