import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { config } from '../config';
import { mockBackend, mockServer } from '../mocks/node';

// What loadConfig() would read from a config.json pointing at an API on another origin.
config.apiBaseUrl = 'http://api.test';

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
