// Also loaded by vite.config.ts (through scripts/lib/runtime-config-plugin.ts): hence the .ts import.
import { API_PROFILES, type ConfigFile, type OidcSettings } from './config-schema.ts';

type Key = keyof ConfigFile | `oidc.${keyof OidcSettings}`;

/** What each key accepts, in the words the error page and the build show. */
const ALLOWED: Record<Key, string> = {
  apiBaseUrl: 'an http(s) URL such as "https://api.example.com", or "" for this page\'s own origin',
  profile: API_PROFILES.map((p) => `"${p}"`).join(', '),
  auth: '"bearer", "api-key", or {"mode": "token" | "oidc", "scheme": "bearer" | "api-key"}',
  timeoutMs: 'a whole number of milliseconds above 0, such as 15000',
  oidc: 'the OpenID provider, {"issuer", "clientId", "scopes", "audience"}; required when auth.mode is "oidc"',
  'oidc.issuer': 'the provider\'s http(s) URL, such as "https://id.example.com/realms/acme"',
  'oidc.clientId': "the console's client id at the provider, a non-empty string",
  'oidc.scopes': 'space-separated scopes, such as "openid profile" (the default)',
  'oidc.audience': "the API's identifier at the provider, a non-empty string, or absent",
};

/** Why the configuration could not be used: the file itself, or some of its keys. */
export type ConfigFailure = { file: string } | { json: unknown; badKeys: readonly string[] };

/** A wrong value: `found` is the value as the file has it (or what was found instead). */
export type ConfigProblem = { key: string; found: string; allowed: string };

export function configProblems(failure: ConfigFailure, fileName: string): ConfigProblem[] {
  if ('file' in failure) {
    return [
      {
        key: fileName,
        found: failure.file,
        allowed: 'a JSON object served beside index.html (see the README, "Configuration")',
      },
    ];
  }
  const { json, badKeys } = failure;
  return badKeys.map((key) => {
    if (key === '') return { key: fileName, found: show(json), allowed: 'a JSON object' };
    return {
      key,
      found: show(valueAt(json, key)),
      allowed: key in ALLOWED ? ALLOWED[key as Key] : `no such key; the keys are ${siblings(key)}`,
    };
  });
}

/** The value at a dotted key ("oidc.issuer"), or undefined. */
function valueAt(json: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (value, part) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined,
      json,
    );
}

/** The keys allowed where `key` is: the top level's, or those of `oidc`. */
function siblings(key: string): string {
  const depth = key.split('.').length;
  return Object.keys(ALLOWED)
    .filter((allowed) => allowed.split('.').length === depth)
    .join(', ');
}

function show(value: unknown): string {
  const shown = value === undefined ? 'missing' : JSON.stringify(value);
  return shown.length > 120 ? `${shown.slice(0, 120)}…` : shown;
}

/** One line per problem: the key, the value found and what is allowed. */
export function describeProblem({ key, found, allowed }: ConfigProblem): string {
  return `${key}: ${found}. Allowed: ${allowed}.`;
}
