import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockBackend, mockServer } from '../mocks/node';

// jsdom does not lay out, so it has no scrolling.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= () => undefined;

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
  mockBackend.db.reset();
  mockBackend.faults.clear();
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
});
afterAll(() => mockServer.close());
