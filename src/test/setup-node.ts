import { afterAll, afterEach, beforeAll } from 'vitest';
import { config } from '../config';
import { mockBackend, mockServer } from '../mocks/node';
import { MemoryStorage } from './memory-storage';

// Pure logic that keeps the credential or drafts in Web Storage runs in node too.
globalThis.localStorage ??= new MemoryStorage();
globalThis.sessionStorage ??= new MemoryStorage();

// What loadConfig() would read from a config.json pointing at an API on another origin.
config.apiBaseUrl = 'http://api.test';

// Every piece of module-level state a test may change is put back here, and nowhere else:
// the mock server's handlers, listeners, db and faults; the config; storage (the credential,
// drafts, recent orgs). Query and mutation caches belong to each test's own QueryClient.
const initialConfig = { ...config };

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mockServer.resetHandlers();
  mockServer.events.removeAllListeners();
  mockBackend.db.reset();
  mockBackend.faults.clear();
  Object.assign(config, initialConfig);
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => mockServer.close());
