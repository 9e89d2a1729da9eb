import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

/** The OpenID provider whose access tokens the mock accepts (README "Signing in"). */
export type MockOidc = { issuer: string; audience?: string | undefined; keys?: JWTVerifyGetKey };

/**
 * Verifies a JWT access token against the provider's published keys (found through its
 * discovery document) and answers its subject, or null for anything it cannot trust.
 */
export function createAccessTokenVerifier({ issuer, audience, keys }: MockOidc) {
  let getKey: Promise<JWTVerifyGetKey> | null = keys ? Promise.resolve(keys) : null;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    const response = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: unknown };
    if (typeof jwksUri !== 'string') throw new Error('The provider publishes no jwks_uri');
    return createRemoteJWKSet(new URL(jwksUri));
  };
  return async (token: string): Promise<string | null> => {
    if (token.split('.').length !== 3) return null;
    getKey ??= discover();
    try {
      const { payload } = await jwtVerify(token, await getKey, {
        issuer,
        ...(audience && { audience }),
      });
      return payload.sub ?? null;
    } catch {
      // Keys not found yet (the provider was down): look them up again next time.
      if (!keys) getKey = null;
      return null;
    }
  };
}

export type AccessTokenVerifier = ReturnType<typeof createAccessTokenVerifier>;
