import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('defaults to bearer auth, a 15 s timeout and the page origin', () => {
    expect(readConfig({}, true)).toEqual({
      apiBaseUrl: '',
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

  it('refuses what it cannot use, naming the variable', () => {
    expect(() => readConfig({ VITE_API_AUTH: 'cookie' }, false)).toThrow(/VITE_API_AUTH/);
    expect(() => readConfig({ VITE_API_BASE_URL: 'javascript:alert(1)' }, false)).toThrow(
      /VITE_API_BASE_URL/,
    );
  });
});
