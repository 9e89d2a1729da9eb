import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { config } from '../config';
import { mockBackend, mockServer } from '../mocks/node';

// jsdom does not lay out, so it has no scrolling.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= () => undefined;

// Every piece of module-level state a test may change is put back here, and nowhere else:
// the mock server's handlers, listeners, db and faults; the config; storage (the credential,
// drafts, recent orgs). Query and mutation caches belong to each test's own QueryClient.
const initialConfig = { ...config };

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  mockServer.events.removeAllListeners();
  mockBackend.db.reset();
  mockBackend.faults.clear();
  Object.assign(config, initialConfig);
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
afterAll(() => mockServer.close());
