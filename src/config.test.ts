import { describe, expect, it } from 'vitest';
import { AuthSettingsSchema, readConfig } from './config';

describe('readConfig', () => {
  it('defaults to the console profile, bearer auth, a 15 s timeout and the page origin', () => {
    expect(readConfig({}, true)).toEqual({
      apiBaseUrl: '',
      profile: 'console',
      auth: 'bearer',
      authMode: 'token',
      oidc: null,
      timeoutMs: 15_000,
      mocking: true,
      mockLatencyMs: 250,
    });
  });

  it('reads the API origin and key auth', () => {
    const config = readConfig(
      { VITE_API_BASE_URL: 'https://api.example.com/', VITE_API_AUTH: 'api-key' },
      false,
    );
    expect(config).toMatchObject({
      apiBaseUrl: 'https://api.example.com',
      auth: 'api-key',
      mocking: false,
    });
  });

  it('reads the backend profile; Aitronos defaults to key auth', () => {
    expect(readConfig({ VITE_API_PROFILE: 'dual' }, false)).toMatchObject({
      profile: 'dual',
      auth: 'bearer',
    });
    expect(readConfig({ VITE_API_PROFILE: 'slugbase' }, false).auth).toBe('bearer');
    expect(readConfig({ VITE_API_PROFILE: 'aitronos' }, false).auth).toBe('api-key');
    expect(readConfig({ VITE_API_PROFILE: 'aitronos', VITE_API_AUTH: 'bearer' }, false).auth).toBe(
      'bearer',
    );
  });

  it('refuses what it cannot use, naming the variable', () => {
    expect(() => readConfig({ VITE_API_AUTH: 'cookie' }, false)).toThrow(/VITE_API_AUTH/);
    expect(() => readConfig({ VITE_API_PROFILE: 'prisme' }, false)).toThrow(/VITE_API_PROFILE/);
    expect(() => readConfig({ VITE_API_BASE_URL: 'javascript:alert(1)' }, false)).toThrow(
      /VITE_API_BASE_URL/,
    );
  });

  it('reads OpenID Connect sign-in with the default scopes', () => {
    const config = readConfig(
      {
        VITE_AUTH_MODE: 'oidc',
        VITE_OIDC_ISSUER: 'https://id.example.com',
        VITE_OIDC_CLIENT_ID: 'org-console',
        VITE_OIDC_AUDIENCE: 'https://api.example.com',
      },
      false,
    );
    expect(config).toMatchObject({
      auth: 'bearer',
      authMode: 'oidc',
      oidc: {
        issuer: 'https://id.example.com',
        clientId: 'org-console',
        scopes: 'openid profile',
        audience: 'https://api.example.com',
      },
    });
  });

  it('refuses OpenID Connect sign-in without a usable provider, naming the setting', () => {
    expect(() => readConfig({ VITE_AUTH_MODE: 'oidc' }, false)).toThrow(/oidc\.issuer/);
    expect(() =>
      readConfig({ VITE_AUTH_MODE: 'oidc', VITE_OIDC_ISSUER: 'https://id.example.com' }, false),
    ).toThrow(/oidc\.clientId/);
    expect(() =>
      readConfig({ VITE_AUTH_MODE: 'oidc', VITE_OIDC_ISSUER: 'javascript:alert(1)' }, false),
    ).toThrow(/oidc\.issuer must be an http\(s\) URL/);
    expect(() => readConfig({ VITE_AUTH_MODE: 'sso' }, false)).toThrow(/VITE_AUTH_MODE/);
  });
});

describe('AuthSettingsSchema (the auth and oidc keys of /config.json)', () => {
  const oidc = { issuer: 'https://id.example.com', clientId: 'org-console' };

  it('takes token mode as a header scheme or as an object', () => {
    expect(AuthSettingsSchema.parse({ auth: 'api-key' })).toEqual({ auth: 'api-key' });
    expect(AuthSettingsSchema.parse({ auth: { mode: 'token', scheme: 'bearer' } })).toEqual({
      auth: { mode: 'token', scheme: 'bearer' },
    });
    expect(AuthSettingsSchema.safeParse({ auth: 'cookie' }).success).toBe(false);
  });

  it('takes OIDC mode with its provider, and requires the provider', () => {
    expect(AuthSettingsSchema.parse({ auth: { mode: 'oidc' }, oidc })).toEqual({
      auth: { mode: 'oidc' },
      oidc: { ...oidc, scopes: 'openid profile' },
    });
    const missing = AuthSettingsSchema.safeParse({ auth: { mode: 'oidc' } });
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['oidc']);
    const noClient = AuthSettingsSchema.safeParse({
      auth: { mode: 'oidc' },
      oidc: { issuer: oidc.issuer },
    });
    expect(noClient.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['oidc.clientId']);
  });
});
