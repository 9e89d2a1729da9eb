// The e2e suite's servers each get a copy of the one production build (dist/), told apart by
// config.json only: how a build moves between environments.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_PROFILES } from '../../e2e/ports';
import type { ConfigFile } from '../../src/config-schema';

// The ports as the runner will use them (E2E_MOCK_PORT, E2E_OIDC_PORT, else their defaults);
// read, not probed: writing a file takes no port.
const mockOrigin = () => `http://127.0.0.1:${process.env.E2E_MOCK_PORT ?? 4010}`;
const issuer = () => `http://127.0.0.1:${process.env.E2E_OIDC_PORT ?? 4830}`;

/** Each copy of dist/ the e2e suites serve, and the config.json it gets. */
export function e2eDistConfigs(): Record<string, ConfigFile> {
  const api: ConfigFile = { apiBaseUrl: mockOrigin(), timeoutMs: 4000 };
  return {
    'dist-e2e': api,
    'dist-e2e-nginx': api,
    // OIDC sign-in through the test provider (scripts/test-oidc-provider.ts), whose access
    // tokens the mock server accepts for this audience.
    'dist-e2e-oidc': {
      ...api,
      auth: { mode: 'oidc' },
      oidc: { issuer: issuer(), clientId: 'org-console', audience: 'urn:org-console:api' },
    },
    ...Object.fromEntries(
      E2E_PROFILES.map((profile) => [`dist-e2e-${profile}`, { ...api, profile }]),
    ),
  };
}

/** `npm run test:e2e:remote`'s copy: the backend QA names (E2E_API_BASE_URL, E2E_API_PROFILE). */
export function remoteDistConfig(): ConfigFile {
  const apiBaseUrl = process.env.E2E_API_BASE_URL;
  if (!apiBaseUrl) throw new Error('Set E2E_API_BASE_URL to the API origin.');
  return {
    apiBaseUrl,
    profile: (process.env.E2E_API_PROFILE ?? 'console') as ConfigFile['profile'],
  };
}

const json = (config: ConfigFile) => `${JSON.stringify(config, null, 2)}\n`;

/** Replaces `dir` with a copy of dist/ carrying `config` as its config.json. */
export function copyBuild(dir: string, config: ConfigFile) {
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), json(config));
}

/** Whether `dir`'s config.json is exactly `config` (a different mock port: copy again, no build). */
export function hasConfig(dir: string, config: ConfigFile): boolean {
  const file = join(dir, 'config.json');
  return existsSync(file) && readFileSync(file, 'utf8') === json(config);
}
