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
const httpUrl = z.url({ protocol: /^https?$/ });
const nonEmpty = z.string().check(z.minLength(1));
// How people sign in: "token" (a pasted token or API key) or "oidc" (the OpenID provider in
// `oidc`). `scheme` is the header the credential goes in, in either mode.
const AuthMode = z.strictObject({
  mode: z.enum(['token', 'oidc']),
  scheme: z.optional(Scheme),
});

const OidcSchema = z.strictObject({
  issuer: httpUrl,
  clientId: nonEmpty,
  scopes: z._default(nonEmpty, 'openid profile'),
  audience: z.optional(nonEmpty),
});

const ConfigFileSchema = z
  .strictObject({
    apiBaseUrl: z.optional(z.union([z.literal(''), httpUrl])),
    profile: z.optional(z.enum(API_PROFILES)),
    // "bearer" | "api-key" is short for {"mode": "token", "scheme": …}.
    auth: z.optional(z.union([Scheme, AuthMode])),
    timeoutMs: z.optional(z.number().check(z.int(), z.positive())),
    oidc: z.optional(OidcSchema),
  })
  .check(
    z.refine((file) => typeof file.auth !== 'object' || file.auth.mode !== 'oidc' || !!file.oidc, {
      message: 'is required when auth.mode is "oidc"',
      path: ['oidc'],
    }),
  );

export type ConfigFile = z.input<typeof ConfigFileSchema>;
export type OidcSettings = z.output<typeof OidcSchema>;

/** What every deployment-dependent module reads. */
export type Config = {
  /** API origin without a trailing slash; '' means the page's own origin. */
  apiBaseUrl: string;
  profile: ApiProfile;
  /** "token": a pasted token or API key; "oidc": sign-in with the OpenID provider in `oidc`. */
  authMode: 'token' | 'oidc';
  /** The header the credential goes in. */
  auth: AuthScheme;
  timeoutMs: number;
  /** The OpenID provider, in OIDC mode only. */
  oidc: OidcSettings | null;
};

/**
 * Keys of the file with a value the console cannot use ('' for the file as a whole); a key of
 * `oidc` is named with its path ("oidc.clientId").
 */
export type ConfigResult = { ok: true; config: Config } | { ok: false; badKeys: string[] };

export function parseConfig(json: unknown): ConfigResult {
  const parsed = ConfigFileSchema.safeParse(json);
  if (!parsed.success) {
    const keys = parsed.error.issues.flatMap((issue) => {
      const path = issue.path.slice(0, issue.path[0] === 'oidc' ? 2 : 1).map(String);
      return issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...path, key].join('.'))
        : [path.join('.')];
    });
    return { ok: false, badKeys: [...new Set(keys)] };
  }
  const file = parsed.data;
  const profile = file.profile ?? 'console';
  const auth =
    typeof file.auth === 'string' ? { mode: 'token' as const, scheme: file.auth } : file.auth;
  const authMode = auth?.mode ?? 'token';
  return {
    ok: true,
    config: {
      apiBaseUrl: (file.apiBaseUrl ?? '').replace(/\/+$/, ''),
      profile,
      authMode,
      // Aitronos authenticates with an API key (seeds/000); the others with a bearer token.
      auth: auth?.scheme ?? (profile === 'aitronos' ? 'api-key' : 'bearer'),
      timeoutMs: file.timeoutMs ?? 15_000,
      oidc: authMode === 'oidc' ? (file.oidc ?? null) : null,
    },
  };
}
