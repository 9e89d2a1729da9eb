import { setupWorker } from 'msw/browser';
import type { MockOidc } from './access-tokens';
import { createMockBackend } from './backend';
import type { DbStorage } from './db';
import { PERSONAS, type DbState } from './seed';

const KEY = 'org-console.mock-db';

// The db survives a reload; POST /__mock/reset (or clearing site data) starts afresh.
const localStorageDb: DbStorage = {
  load() {
    const saved = localStorage.getItem(KEY);
    return saved ? (JSON.parse(saved) as DbState) : null;
  },
  save(state) {
    localStorage.setItem(KEY, JSON.stringify(state));
  },
};

export async function startMockBackend(latencyMs: number, oidc?: MockOidc) {
  const backend = createMockBackend({ latencyMs, storage: localStorageDb, oidc });
  await setupWorker(...backend.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
  return { personas: PERSONAS };
}
