import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromEnv, policyForServedConfig } from './runtime-config-plugin';

describe('configFromEnv (build and dev server)', () => {
  it('writes every key, with the defaults, into the config.json of the build', () => {
    expect(configFromEnv({})).toEqual({
      apiBaseUrl: '',
      profile: 'console',
      auth: 'bearer',
      timeoutMs: 15_000,
    });
    expect(
      configFromEnv({
        VITE_API_BASE_URL: 'http://127.0.0.1:4010',
        VITE_API_PROFILE: 'aitronos',
        VITE_API_TIMEOUT_MS: '4000',
      }),
    ).toEqual({
      apiBaseUrl: 'http://127.0.0.1:4010',
      profile: 'aitronos',
      auth: 'api-key',
      timeoutMs: 4000,
    });
  });

  it('fails naming the variable, its value and the allowed values', () => {
    expect(() => configFromEnv({ VITE_API_PROFILE: 'bogus' })).toThrow(
      'VITE_API_PROFILE (config.json "profile"): "bogus". Allowed: "console", "aitronos", "slugbase", "dual".',
    );
    expect(() => configFromEnv({ VITE_API_AUTH: 'cookie' })).toThrow(/VITE_API_AUTH .*"cookie"/);
    expect(() => configFromEnv({ VITE_API_TIMEOUT_MS: 'soon' })).toThrow(
      /VITE_API_TIMEOUT_MS .*"soon"\. Allowed: a whole number/,
    );
    expect(() => configFromEnv({ VITE_API_BASE_URL: 'ftp://x' })).toThrow(/VITE_API_BASE_URL/);
    expect(() => configFromEnv({ VITE_API_MOCKING: 'yes' })).toThrow(
      'VITE_API_MOCKING: "yes". Allowed: "on", "off", or unset.',
    );
    expect(() => configFromEnv({ VITE_MOCK_LATENCY_MS: 'fast' })).toThrow(/VITE_MOCK_LATENCY_MS/);
  });
  it('writes OIDC sign-in from VITE_AUTH_MODE and VITE_OIDC_*, with the default scopes', () => {
    expect(
      configFromEnv({
        VITE_AUTH_MODE: 'oidc',
        VITE_OIDC_ISSUER: 'https://id.example.com',
        VITE_OIDC_CLIENT_ID: 'org-console',
        VITE_OIDC_AUDIENCE: 'https://api.example.com',
      }),
    ).toEqual({
      apiBaseUrl: '',
      profile: 'console',
      auth: { mode: 'oidc', scheme: 'bearer' },
      timeoutMs: 15_000,
      oidc: {
        issuer: 'https://id.example.com',
        clientId: 'org-console',
        scopes: 'openid profile',
        audience: 'https://api.example.com',
      },
    });
    expect(
      configFromEnv({ VITE_AUTH_MODE: 'token', VITE_OIDC_ISSUER: 'https://id.example.com' }),
    ).toEqual({ apiBaseUrl: '', profile: 'console', auth: 'bearer', timeoutMs: 15_000 });
  });

  it('refuses OIDC sign-in without a usable provider, naming the variable', () => {
    expect(() => configFromEnv({ VITE_AUTH_MODE: 'oidc' })).toThrow(
      /VITE_OIDC_ISSUER \(config.json "oidc.issuer"\): missing\. Allowed: the provider's http\(s\) URL/,
    );
    expect(() =>
      configFromEnv({ VITE_AUTH_MODE: 'oidc', VITE_OIDC_ISSUER: 'https://id.example.com' }),
    ).toThrow(/VITE_OIDC_CLIENT_ID \(config.json "oidc.clientId"\): missing/);
    expect(() =>
      configFromEnv({
        VITE_AUTH_MODE: 'oidc',
        VITE_OIDC_ISSUER: 'javascript:alert(1)',
        VITE_OIDC_CLIENT_ID: 'org-console',
      }),
    ).toThrow(/VITE_OIDC_ISSUER .*"javascript:alert\(1\)"/);
    expect(() => configFromEnv({ VITE_AUTH_MODE: 'sso' })).toThrow(/VITE_AUTH_MODE.*"sso"/);
  });
});

describe('policyForServedConfig (vite preview)', () => {
  it('allows the API origin of the config.json it serves, as the file is now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-config-'));
    try {
      expect(policyForServedConfig(dir)).toContain("connect-src 'self';");
      writeFileSync(join(dir, 'config.json'), '{"apiBaseUrl": "https://api.example.com/v1"}');
      expect(policyForServedConfig(dir)).toContain("connect-src 'self' https://api.example.com;");
      writeFileSync(join(dir, 'config.json'), '{"apiBaseUrl": "https://other.example.com"}');
      expect(policyForServedConfig(dir)).toContain("connect-src 'self' https://other.example.com;");
      // The provider's origin only in OIDC mode.
      const oidc = { issuer: 'https://id.example.com/realms/acme', clientId: 'org-console' };
      const withProvider = (auth: unknown) =>
        JSON.stringify({ apiBaseUrl: 'https://api.example.com', auth, oidc });
      writeFileSync(join(dir, 'config.json'), withProvider({ mode: 'oidc' }));
      expect(policyForServedConfig(dir)).toContain(
        "connect-src 'self' https://api.example.com https://id.example.com;",
      );
      writeFileSync(join(dir, 'config.json'), withProvider({ mode: 'token' }));
      expect(policyForServedConfig(dir)).toContain("connect-src 'self' https://api.example.com;");
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
