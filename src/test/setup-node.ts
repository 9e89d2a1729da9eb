import { afterAll, afterEach, beforeAll } from 'vitest';
import { setCredentialRenewer } from '../api/credential';
import { config } from '../config';
import { mockBackend, mockServer } from '../mocks/node';
import { MemoryStorage } from './memory-storage';

// Pure logic that keeps the credential or drafts in Web Storage runs in node too (Node 20 has
// none, whatever the DOM types say).
if (!('localStorage' in globalThis)) globalThis.localStorage = new MemoryStorage();
if (!('sessionStorage' in globalThis)) globalThis.sessionStorage = new MemoryStorage();

// What loadConfig() would read from a config.json pointing at an API on another origin.
config.apiBaseUrl = 'http://api.test';

// Every piece of module-level state a test may change is put back here, and nowhere else:
// the mock server's handlers, listeners, db and faults; the config; storage (the credential,
// drafts, recent orgs) and the credential's renewer. Query and mutation caches belong to each
// test's own QueryClient.
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
  setCredentialRenewer(null);
});
afterAll(() => mockServer.close());
