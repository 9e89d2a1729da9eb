import * as z from 'zod/mini';

// The deployment's configuration: `/config.json` beside index.html (README "Configuration").
// Pure, so that the build (vite.config.ts) and the page validate with the same rules. What a
// bad value is told with lives in config-problems.ts, loaded only when it is needed.

/** Which backend's switch endpoint the console speaks (README "Backend profiles"). */
export const API_PROFILES = ['console', 'aitronos', 'slugbase', 'dual'] as const;
export type ApiProfile = (typeof API_PROFILES)[number];

export const AUTH_SCHEMES = ['bearer', 'api-key'] as const;
export type AuthScheme = (typeof AUTH_SCHEMES)[number];

const Scheme = z.enum(AUTH_SCHEMES);
// Sign-in modes, told apart by `mode`: another mode is one more object in this list.
const AuthMode = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('token'), scheme: z.optional(Scheme) }),
]);

const ConfigFileSchema = z.strictObject({
  apiBaseUrl: z.optional(z.union([z.literal(''), z.url({ protocol: /^https?$/ })])),
  profile: z.optional(z.enum(API_PROFILES)),
  // "bearer" | "api-key" is short for {"mode": "token", "scheme": …}.
  auth: z.optional(z.union([Scheme, AuthMode])),
  timeoutMs: z.optional(z.number().check(z.int(), z.positive())),
});

export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** What every deployment-dependent module reads. */
export type Config = {
  /** API origin without a trailing slash; '' means the page's own origin. */
  apiBaseUrl: string;
  profile: ApiProfile;
  authMode: 'token';
  /** The header the credential goes in. */
  auth: AuthScheme;
  timeoutMs: number;
};

/** Keys of the file with a value the console cannot use ('' for the file as a whole). */
export type ConfigResult = { ok: true; config: Config } | { ok: false; badKeys: string[] };

export function parseConfig(json: unknown): ConfigResult {
  const parsed = ConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    const keys = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')],
    );
    return { ok: false, badKeys: [...new Set(keys)] };
  }
  const file = parsed.data;
  const profile = file.profile ?? 'console';
  const auth =
    typeof file.auth === 'string' ? { mode: 'token' as const, scheme: file.auth } : file.auth;
  return {
    ok: true,
    config: {
      apiBaseUrl: (file.apiBaseUrl ?? '').replace(/\/+$/, ''),
      profile,
      authMode: auth?.mode ?? 'token',
      // Aitronos authenticates with an API key (seeds/000); the others with a bearer token.
      auth: auth?.scheme ?? (profile === 'aitronos' ? 'api-key' : 'bearer'),
      timeoutMs: file.timeoutMs ?? 15_000,
    },
  };
}
