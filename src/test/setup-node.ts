import { afterAll, afterEach, beforeAll } from 'vitest';
import { setCredentialRenewer } from '../api/credential';
import { dismissAllAnnouncements } from '../components/ui/announcer';
import { dismissConfirm } from '../components/ui/confirm';
import { config } from '../config';
import { mockBackend, mockServer } from '../mocks/node';
import { MemoryStorage } from './memory-storage';

// Pure logic that keeps the credential or drafts in Web Storage runs in node too (Node 20 has
// none, whatever the DOM types say).
if (!('localStorage' in globalThis)) globalThis.localStorage = new MemoryStorage();
if (!('sessionStorage' in globalThis)) globalThis.sessionStorage = new MemoryStorage();

// What loadConfig() would read from a config.json pointing at an API on another origin.
config.apiBaseUrl = 'http://api.test';

// Every project runs its files in a shared module cache (vite.config.ts, `isolate: false`), so
// every piece of module-level state a test may change is put back here, and nowhere else: the
// mock server's handlers, listeners, db and faults; the config; storage (the credential, drafts,
// recent orgs); the credential's renewer; announcements and an unanswered confirmation. Query
// and mutation caches belong to each test's own QueryClient. This file runs before every test
// file (listen, then close).
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
  dismissAllAnnouncements();
  dismissConfirm();
});
afterAll(() => mockServer.close());
