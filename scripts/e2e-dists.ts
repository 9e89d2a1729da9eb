// The e2e suite's servers each get a copy of the one production build (dist/), told apart by
// config.json only: how a build moves between environments. `npm run build:e2e` runs this.
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_PORTS } from '../e2e/ports';
import type { ConfigFile } from '../src/config-schema';

const api: ConfigFile = { apiBaseUrl: `http://127.0.0.1:${E2E_PORTS.mock}`, timeoutMs: 4000 };
// OIDC sign-in through the test provider (scripts/test-oidc-provider.ts), whose access tokens
// the mock server accepts for this audience.
const oidc: ConfigFile = {
  ...api,
  auth: { mode: 'oidc' },
  oidc: {
    issuer: `http://127.0.0.1:${E2E_PORTS.oidcProvider}`,
    clientId: 'org-console',
    audience: 'urn:org-console:api',
  },
};

/** Directory → its config.json (see playwright.config.ts for who serves which). */
const E2E_DISTS: Record<string, ConfigFile> = {
  'dist-e2e': api,
  'dist-e2e-nginx': api,
  'dist-e2e-oidc': oidc,
  ...Object.fromEntries(
    Object.keys(E2E_PORTS.profiles).map((profile) => [
      `dist-e2e-${profile}`,
      { ...api, profile: profile as ConfigFile['profile'] },
    ]),
  ),
};

for (const [dir, config] of Object.entries(E2E_DISTS)) {
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  console.log(`${dir}/config.json: ${JSON.stringify(config)}`);
}
