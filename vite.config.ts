/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);

/**
 * Test files that replace a module (`vi.mock`): the replacement must be in place before anything
 * imports the module and must not reach other files, so they run in a module cache of their own.
 * eslint.config.js refuses `vi.mock` in any other test file.
 */
const MOCKS_MODULES = ['src/app/app.test.tsx'];

// Mocking is on when asked for, or by default when no API is configured.
function isMocking(env: Record<string, string>): boolean {
  if (env.VITE_API_MOCKING === 'on') return true;
  if (env.VITE_API_MOCKING === 'off') return false;
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

/**
 * The production Content Security Policy: no inline script, no eval, and requests only to the
 * page's own origin, the configured API origin and, with OIDC sign-in, the identity provider
 * (its discovery document, keys and token endpoint are fetched from the page). Going to the
 * provider and back is a navigation, which no directive needs to allow. Deployments should
 * send the same header.
 */
export function contentSecurityPolicy(apiBaseUrl?: string, oidcIssuer?: string): string {
  const origins = [apiBaseUrl, oidcIssuer].flatMap((url) => (url ? [new URL(url).origin] : []));
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...new Set(origins)].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = isMocking(env);
  return {
    plugins: [react(), mockServiceWorker(mocking)],
    define: { __API_MOCKING__: JSON.stringify(mocking) },
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(
          env.VITE_API_BASE_URL,
          env.VITE_AUTH_MODE === 'oidc' ? env.VITE_OIDC_ISSUER : undefined,
        ),
      },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: {
        // Every browser we support preloads modules natively: no polyfill in the first load.
        polyfill: false,
        // lucide-react/dynamic (chunk `dynamic-*.js`) maps ~4,800 names to dynamic imports; a
        // preload list on each would double that lazy chunk. An icon's one small dependency
        // (createLucideIcon) loads with it instead; react and the entry are loaded already.
        resolveDependencies: (_file, deps, { hostId }) =>
          /(^|\/)dynamic-[\w-]+\.js$/.test(hostId) ? [] : deps,
      },
    },
    test: {
      env: { VITE_API_BASE_URL: 'http://api.test' },
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
