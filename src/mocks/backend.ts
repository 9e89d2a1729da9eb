import { createAccessTokenVerifier, type MockOidc } from './access-tokens';
import { createDb, type DbStorage } from './db';
import { createFaults } from './faults';
import { activeOrgHandlers } from './handlers/active-org';
import { aitronosHandlers } from './handlers/aitronos';
import { controlHandlers } from './handlers/control';
import { dualHandlers } from './handlers/dual';
import { organizationHandlers } from './handlers/organization';
import { slugbaseHandlers } from './handlers/slugbase';
import type { MockSettings } from './handlers/with-fault';

type MockBackendOptions = { latencyMs?: number; storage?: DbStorage; oidc?: MockOidc | undefined };

/**
 * One mock backend: the same handlers serve the browser worker, msw/node and the HTTP server.
 * Every backend profile's switch endpoint is served at once (their paths differ), so any
 * VITE_API_PROFILE runs on it. With `oidc`, the provider's access tokens are accepted too.
 */
export function createMockBackend(options: MockBackendOptions = {}) {
  const verifier = options.oidc && createAccessTokenVerifier(options.oidc);
  const db = createDb(options.storage, verifier);
  const faults = createFaults();
  const settings: MockSettings = { latencyMs: options.latencyMs ?? 0 };
  const handlers = [
    ...activeOrgHandlers(db, faults, settings),
    ...aitronosHandlers(db, faults, settings),
    ...slugbaseHandlers(db, faults, settings),
    ...dualHandlers(db, faults, settings),
    ...organizationHandlers(db, faults, settings),
    ...controlHandlers(db, faults, settings),
  ];
  return { db, faults, settings, handlers };
}

export type MockBackend = ReturnType<typeof createMockBackend>;
