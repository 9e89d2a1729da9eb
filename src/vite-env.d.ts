/// <reference types="vite/client" />

/** Set by vite.config.ts: whether this build starts the mock backend. */
declare const __API_MOCKING__: boolean;
