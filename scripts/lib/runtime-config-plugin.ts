// The build's side of `/config.json` (README "Configuration"): VITE_* variables are validated
// and become the config.json the dev server serves and the build writes beside index.html; the
// page reads it at start-up, and `vite preview` derives its CSP from the file it serves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { configProblems, describeProblem } from '../../src/config-problems.ts';
import { parseConfig, type ConfigFile } from '../../src/config-schema.ts';

const FILE = 'config.json';

/** The VITE_* variable each key of config.json is read from. */
const VARIABLES: Record<string, string> = {
  apiBaseUrl: 'VITE_API_BASE_URL',
  profile: 'VITE_API_PROFILE',
  auth: 'VITE_AUTH_MODE, VITE_API_AUTH',
  timeoutMs: 'VITE_API_TIMEOUT_MS',
  oidc: 'VITE_OIDC_ISSUER, VITE_OIDC_CLIENT_ID',
  'oidc.issuer': 'VITE_OIDC_ISSUER',
  'oidc.clientId': 'VITE_OIDC_CLIENT_ID',
  'oidc.scopes': 'VITE_OIDC_SCOPES',
  'oidc.audience': 'VITE_OIDC_AUDIENCE',
};

/** The config.json a build or dev server carries, from VITE_* variables; throws naming each bad one. */
export function configFromEnv(env: Record<string, string | undefined>): ConfigFile {
  const set = (name: string) => env[name] || undefined;
  const file: Record<string, unknown> = {
    apiBaseUrl: env.VITE_API_BASE_URL,
    profile: set('VITE_API_PROFILE'),
    // VITE_AUTH_MODE picks the sign-in; VITE_API_AUTH alone is short for token mode.
    auth: set('VITE_AUTH_MODE')
      ? { mode: env.VITE_AUTH_MODE, scheme: set('VITE_API_AUTH') }
      : set('VITE_API_AUTH'),
    timeoutMs: set('VITE_API_TIMEOUT_MS'),
    oidc:
      env.VITE_AUTH_MODE === 'oidc'
        ? {
            issuer: set('VITE_OIDC_ISSUER'),
            clientId: set('VITE_OIDC_CLIENT_ID'),
            scopes: set('VITE_OIDC_SCOPES'),
            audience: set('VITE_OIDC_AUDIENCE'),
          }
        : undefined,
  };
  if (typeof file.timeoutMs === 'string' && /^\d+$/.test(file.timeoutMs)) {
    file.timeoutMs = Number(file.timeoutMs);
  }
  const json = JSON.parse(JSON.stringify(file)) as Record<string, unknown>; // without undefined
  const problems = [...checkMockVariables(env)];
  const result = parseConfig(json);
  if (!result.ok) {
    for (const problem of configProblems({ json, badKeys: result.badKeys }, FILE)) {
      const variable = VARIABLES[problem.key] ?? problem.key;
      problems.push(
        describeProblem({ ...problem, key: `${variable} (config.json "${problem.key}")` }),
      );
    }
  }
  if (problems.length > 0 || !result.ok) {
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const { apiBaseUrl, profile, authMode, auth, timeoutMs, oidc } = result.config;
  return oidc
    ? { apiBaseUrl, profile, auth: { mode: authMode, scheme: auth }, timeoutMs, oidc }
    : { apiBaseUrl, profile, auth, timeoutMs };
}

function checkMockVariables(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const mocking = env.VITE_API_MOCKING;
  if (mocking && mocking !== 'on' && mocking !== 'off') {
    problems.push(`VITE_API_MOCKING: "${mocking}". Allowed: "on", "off", or unset.`);
  }
  const latency = env.VITE_MOCK_LATENCY_MS;
  if (latency && !/^\d+$/.test(latency)) {
    problems.push(`VITE_MOCK_LATENCY_MS: "${latency}". Allowed: a whole number of milliseconds.`);
  }
  return problems;
}

/**
 * The production Content Security Policy: no inline script, no eval, and requests only to the
 * page's own origin, the configured API origin and, with OIDC sign-in, the identity provider
 * (its discovery document, keys and token endpoint are fetched from the page). Going to the
 * provider and back is a navigation, which no directive needs to allow. deploy/nginx sends the
 * same header.
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

/** The policy for the config.json in `dir` as it is now; an unusable file allows only 'self'. */
export function policyForServedConfig(dir: string): string {
  try {
    const result = parseConfig(JSON.parse(readFileSync(join(dir, FILE), 'utf8')));
    if (result.ok)
      return contentSecurityPolicy(result.config.apiBaseUrl, result.config.oidc?.issuer);
  } catch {
    // Missing or not JSON: the page says so; nothing to allow beyond 'self'.
  }
  return contentSecurityPolicy();
}

export function runtimeConfig(file: ConfigFile): Plugin {
  const json = `${JSON.stringify(file, null, 2)}\n`;
  let base = '/';
  return {
    name: 'org-console:runtime-config',
    configResolved(resolved) {
      base = resolved.base;
    },
    // The page needs config.json before its first API request: the browser fetches it while
    // the scripts download, and loadConfig() gets the preloaded answer.
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `${base}${FILE}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head',
      },
    ],
    configureServer(server) {
      server.middlewares.use(`/${FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(json);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: json });
    },
    configurePreviewServer(server) {
      const dir = server.config.build.outDir;
      // Read on every request: swapping config.json changes the policy without a restart.
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policyForServedConfig(dir));
        next();
      });
    },
  };
}
