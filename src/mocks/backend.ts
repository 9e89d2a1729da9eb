import { createDb, type DbStorage } from './db';
import { createFaults } from './faults';
import { activeOrgHandlers } from './handlers/active-org';
import { controlHandlers } from './handlers/control';
import { organizationHandlers } from './handlers/organization';
import type { MockSettings } from './handlers/with-fault';

/** One mock backend: the same handlers serve the browser worker, msw/node and the HTTP server. */
export function createMockBackend(options: { latencyMs?: number; storage?: DbStorage } = {}) {
  const db = createDb(options.storage);
  const faults = createFaults();
  const settings: MockSettings = { latencyMs: options.latencyMs ?? 0 };
  const handlers = [
    ...activeOrgHandlers(db, faults, settings),
    ...organizationHandlers(db, faults, settings),
    ...controlHandlers(db, faults, settings),
  ];
  return { db, faults, settings, handlers };
}

export type MockBackend = ReturnType<typeof createMockBackend>;
