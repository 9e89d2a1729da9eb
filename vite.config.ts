/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { configFromEnv, runtimeConfig } from './scripts/lib/runtime-config-plugin.ts';

const require = createRequire(import.meta.url);

/**
 * Test files that replace a module (`vi.mock`): the replacement must be in place before anything
 * imports the module and must not reach other files, so they run in a module cache of their own.
 * eslint.config.js refuses `vi.mock` in any other test file.
 */
const MOCKS_MODULES = ['src/app/app.test.tsx'];

// A build mocks only when asked (a demo build); the dev server mocks unless an API is given.
function isMocking(env: Record<string, string>, command: 'build' | 'serve'): boolean {
  if (env.VITE_API_MOCKING === 'on') return true;
  if (env.VITE_API_MOCKING === 'off' || command === 'build') return false;
  return !env.VITE_API_BASE_URL;
}

// Serves MSW's worker script in dev and emits it only into builds made with mocking on,
// so a production build carries no mock code at all.
function mockServiceWorker(enabled: boolean): Plugin {
  const name = 'mockServiceWorker.js';
  const source = () => readFileSync(require.resolve(`msw/${name}`), 'utf8');
  return {
    name: 'org-console:msw-worker',
    configureServer(server) {
      server.middlewares.use(`/${name}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
    },
    generateBundle() {
      if (enabled) this.emitFile({ type: 'asset', fileName: name, source: source() });
    },
  };
}

export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = isMocking(env, command);
  return {
    plugins: [react(), mockServiceWorker(mocking), runtimeConfig(configFromEnv(env))],
    define: { __API_MOCKING__: JSON.stringify(mocking) },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    // Its Content-Security-Policy comes from the config.json it serves (runtimeConfig).
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      rolldownOptions: {
        output: {
          // zod, react, the config, the API client and internal-path are shared by the entry and
          // lazy chunks: left alone, rolldown splits them into small first-load files; one file
          // gzips smaller (docs/decisions/008-first-load-split.md).
          codeSplitting: {
            groups: [
              {
                name: 'core',
                test: /node_modules\/(zod|react)\/|\/src\/config(-schema)?\.ts$|\/src\/api\/[\w-]+\.ts$|\/src\/lib\/internal-path\.ts$/,
              },
            ],
          },
        },
      },
      modulePreload: {
        // Every browser we support preloads modules natively: no polyfill in the first load.
        polyfill: false,
      },
    },
    test: {
      restoreMocks: true,
      // Vitest's default keeps a core for its main process: on two cores, one worker for the
      // whole suite. The main process is mostly idle once the files are transformed.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
      // Pure logic runs in node; only component tests (*.test.tsx) pay for jsdom. Each project
      // runs its files in a shared module cache (`isolate: false`): a worker loads msw/node,
      // React, jsdom and the mock db once instead of once per file, and the shared setup
      // (src/test/setup-node.ts) puts back every piece of module state after each test.
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
            setupFiles: ['src/test/setup-node.ts'],
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            exclude: MOCKS_MODULES,
            setupFiles: ['src/test/setup-node.ts', 'src/test/setup.ts'],
            isolate: false,
            // A component test that takes 2 s alone can take 6 on two busy cores: time is not
            // what these tests measure (the benchmark does).
            testTimeout: 15_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom-isolated',
            environment: 'jsdom',
            include: MOCKS_MODULES,
            setupFiles: ['src/test/setup-node.ts', 'src/test/setup.ts'],
            testTimeout: 15_000,
          },
        },
      ],
    },
  };
});
