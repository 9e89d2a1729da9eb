import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockBackend, mockServer } from '../mocks/node';
import { MemoryStorage } from './memory-storage';

// Pure logic that keeps the credential or drafts in Web Storage runs in node too.
globalThis.localStorage ??= new MemoryStorage();
globalThis.sessionStorage ??= new MemoryStorage();

// Every test file, in node or jsdom: msw/node plays the API, and each test starts from the seed.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mockServer.resetHandlers();
  mockBackend.db.reset();
  mockBackend.faults.clear();
  localStorage.clear();
  sessionStorage.clear();
});
afterAll(() => mockServer.close());
