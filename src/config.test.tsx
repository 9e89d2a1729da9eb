import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigErrorPage } from './app/config-error-page';
import { config, loadConfig } from './config';
import { configProblems, describeProblem, type ConfigFailure } from './config-problems';
import { parseConfig } from './config-schema';
import { mockServer } from './mocks/node';

const describeFailure = (failure: ConfigFailure | null) =>
  failure ? configProblems(failure, '/config.json').map(describeProblem) : [];

function problemsOf(json: unknown): string[] {
  const result = parseConfig(json);
  return result.ok ? [] : describeFailure({ json, badKeys: result.badKeys });
}

describe('parseConfig (config.json)', () => {
  it('defaults to the page origin, the console profile, bearer tokens and 15 s', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        apiBaseUrl: '',
        profile: 'console',
        authMode: 'token',
        auth: 'bearer',
        timeoutMs: 15_000,
        oidc: null,
      },
    });
  });

  it('reads every key; auth as a scheme or as a token-mode object', () => {
    const full = { apiBaseUrl: 'https://api.example.com/', profile: 'dual', timeoutMs: 4000 };
    expect(parseConfig({ ...full, auth: 'api-key' })).toEqual({
      ok: true,
      config: {
        apiBaseUrl: 'https://api.example.com',
        profile: 'dual',
        authMode: 'token',
        auth: 'api-key',
        timeoutMs: 4000,
        oidc: null,
      },
    });
    const tokenMode = parseConfig({ auth: { mode: 'token', scheme: 'api-key' } });
    expect(tokenMode.ok && tokenMode.config.auth).toBe('api-key');
  });

  it('Aitronos authenticates with an API key unless auth says otherwise', () => {
    const aitronos = parseConfig({ profile: 'aitronos' });
    expect(aitronos.ok && aitronos.config.auth).toBe('api-key');
    const noScheme = parseConfig({ profile: 'aitronos', auth: { mode: 'token' } });
    expect(noScheme.ok && noScheme.config.auth).toBe('api-key');
    const explicit = parseConfig({ profile: 'aitronos', auth: 'bearer' });
    expect(explicit.ok && explicit.config.auth).toBe('bearer');
  });

  it('names the key, the value and the allowed values of each bad key', () => {
    expect(problemsOf({ apiBaseUrl: 'javascript:alert(1)' })).toEqual([
      'apiBaseUrl: "javascript:alert(1)". Allowed: an http(s) URL such as "https://api.example.com", or "" for this page\'s own origin.',
    ]);
    expect(problemsOf({ profile: 'bogus' })).toEqual([
      'profile: "bogus". Allowed: "console", "aitronos", "slugbase", "dual".',
    ]);
    expect(problemsOf({ auth: 'cookie' })).toEqual([
      'auth: "cookie". Allowed: "bearer", "api-key", or {"mode": "token" | "oidc", "scheme": "bearer" | "api-key"}.',
    ]);
    expect(problemsOf({ auth: { mode: 'saml' } })[0]).toMatch(/^auth: \{"mode":"saml"\}\. Allowed/);
    expect(problemsOf({ auth: { mode: 'token', scheme: 'basic' } })[0]).toMatch(
      /^auth: \{"mode":"token","scheme":"basic"\}\. Allowed/,
    );
    expect(problemsOf({ timeoutMs: '4000' })).toEqual([
      'timeoutMs: "4000". Allowed: a whole number of milliseconds above 0, such as 15000.',
    ]);
    expect(problemsOf({ timeoutMs: -1 })[0]).toMatch(/^timeoutMs: -1\. Allowed/);
    expect(problemsOf({ apiBaseUrl: null })[0]).toMatch(/^apiBaseUrl: null\. Allowed/);
  });

  it('refuses a key it does not know (a typo would otherwise be ignored) and a non-object', () => {
    expect(problemsOf({ apiBaseURL: 'https://api.example.com' })).toEqual([
      'apiBaseURL: "https://api.example.com". Allowed: no such key; the keys are apiBaseUrl, profile, auth, timeoutMs, oidc.',
    ]);
    expect(problemsOf(['apiBaseUrl'])).toEqual([
      '/config.json: ["apiBaseUrl"]. Allowed: a JSON object.',
    ]);
  });

  it('lists every bad key at once', () => {
    expect(problemsOf({ profile: 'x', timeoutMs: 0 }).map((line) => line.split(':')[0])).toEqual([
      'profile',
      'timeoutMs',
    ]);
  });
});

describe('parseConfig: OpenID Connect sign-in (auth.mode "oidc" and oidc)', () => {
  const oidc = { issuer: 'https://id.example.com', clientId: 'org-console' };

  it('reads OIDC mode with its provider and the default scopes', () => {
    const result = parseConfig({ auth: { mode: 'oidc' }, oidc: { ...oidc, audience: 'urn:api' } });
    expect(result.ok && result.config).toMatchObject({
      authMode: 'oidc',
      auth: 'bearer',
      oidc: { ...oidc, scopes: 'openid profile', audience: 'urn:api' },
    });
    const apiKey = parseConfig({ auth: { mode: 'oidc', scheme: 'api-key' }, oidc });
    expect(apiKey.ok && apiKey.config.auth).toBe('api-key');
  });

  it('leaves the provider out of token mode', () => {
    const result = parseConfig({ auth: 'bearer', oidc });
    expect(result.ok && result.config).toMatchObject({ authMode: 'token', oidc: null });
  });

  it('names the missing or bad provider setting, its value and what is allowed', () => {
    expect(problemsOf({ auth: { mode: 'oidc' } })).toEqual([
      'oidc: missing. Allowed: the OpenID provider, {"issuer", "clientId", "scopes", "audience"}; required when auth.mode is "oidc".',
    ]);
    expect(problemsOf({ auth: { mode: 'oidc' }, oidc: { issuer: oidc.issuer } })).toEqual([
      "oidc.clientId: missing. Allowed: the console's client id at the provider, a non-empty string.",
    ]);
    expect(
      problemsOf({ auth: { mode: 'oidc' }, oidc: { ...oidc, issuer: 'javascript:alert(1)' } }),
    ).toEqual([
      'oidc.issuer: "javascript:alert(1)". Allowed: the provider\'s http(s) URL, such as "https://id.example.com/realms/acme".',
    ]);
    expect(problemsOf({ auth: { mode: 'oidc' }, oidc: { ...oidc, scopes: '' } })[0]).toMatch(
      /^oidc\.scopes: "". Allowed: space-separated scopes/,
    );
    expect(problemsOf({ auth: { mode: 'oidc' }, oidc: { ...oidc, clientID: 'x' } })).toEqual([
      'oidc.clientID: "x". Allowed: no such key; the keys are oidc.issuer, oidc.clientId, oidc.scopes, oidc.audience.',
    ]);
    expect(problemsOf({ auth: { mode: 'sso' }, oidc })[0]).toMatch(/^auth: \{"mode":"sso"\}/);
  });
});

describe('loadConfig', () => {
  const initial = { ...config };
  afterEach(() => Object.assign(config, initial));
  const serve = (response: () => Response) =>
    mockServer.use(http.get('*/config.json', response, { once: true }));

  it('applies the served config.json', async () => {
    serve(() => HttpResponse.json({ apiBaseUrl: 'https://api.example.com', timeoutMs: 5000 }));
    expect(await loadConfig()).toBeNull();
    expect(config).toMatchObject({ apiBaseUrl: 'https://api.example.com', timeoutMs: 5000 });
  });

  it('reports a missing file and a file that is not JSON, changing nothing', async () => {
    serve(() => new HttpResponse('Not found', { status: 404 }));
    expect(describeFailure(await loadConfig())[0]).toMatch(
      /^\/config\.json: an HTTP 404 answer\. Allowed: a JSON object/,
    );
    serve(() => new HttpResponse('<!doctype html><title>Console</title>'));
    expect(describeFailure(await loadConfig())[0]).toMatch(/^\/config\.json: no JSON/);
    expect(config).toEqual(initial);
  });

  it('reports a bad value without applying any of the file', async () => {
    serve(() => HttpResponse.json({ apiBaseUrl: 'https://api.example.com', profile: 'bogus' }));
    expect(describeFailure(await loadConfig())).toEqual([
      'profile: "bogus". Allowed: "console", "aitronos", "slugbase", "dual".',
    ]);
    expect(config).toEqual(initial);
  });
});

describe('ConfigErrorPage', () => {
  it('is a readable page naming the key, the value and the allowed values', () => {
    const failure = { json: { profile: 'bogus' }, badKeys: ['profile'] };
    render(<ConfigErrorPage failure={failure} fileName="/config.json" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'The console is not configured correctly' }),
    ).toBeVisible();
    const item = within(screen.getByRole('list')).getByRole('listitem');
    expect(item).toHaveTextContent(
      'profile: found "bogus". Allowed: "console", "aitronos", "slugbase", "dual".',
    );
  });
});
