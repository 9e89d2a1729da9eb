import { setupServer } from 'msw/node';
import { createMockBackend } from './backend';

/** The mock backend for Vitest: in memory, no latency. */
export const mockBackend = createMockBackend();
export const mockServer = setupServer(...mockBackend.handlers);
