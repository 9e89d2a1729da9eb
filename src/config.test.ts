import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('defaults to the console profile, bearer auth, a 15 s timeout and the page origin', () => {
    expect(readConfig({}, true)).toEqual({
      apiBaseUrl: '',
      profile: 'console',
      auth: 'bearer',
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
});
