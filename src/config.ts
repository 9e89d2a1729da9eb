import * as z from 'zod/mini';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** Which backend's switch endpoint the console speaks (README "Backend profiles"). */
export const API_PROFILES = ['console', 'aitronos', 'slugbase', 'dual'] as const;
export type ApiProfile = (typeof API_PROFILES)[number];

const AuthSchemeSchema = z.enum(['bearer', 'api-key']);

/**
 * How people sign in, in `/config.json`'s shape: `auth` is a header scheme (token mode) or
 * `{mode, scheme?}`; `oidc` holds the provider settings and is required when mode is "oidc".
 */
export const AuthSettingsSchema = z
  .object({
    auth: z.optional(
      z.union([
        AuthSchemeSchema,
        z.object({ mode: z.enum(['token', 'oidc']), scheme: z.optional(AuthSchemeSchema) }),
      ]),
    ),
    oidc: z.optional(
      z.object({
        issuer: httpUrl,
        clientId: z.string().check(z.minLength(1)),
        scopes: z._default(z.string(), 'openid profile'),
        audience: z.optional(z.string().check(z.minLength(1))),
      }),
    ),
  })
  .check(
    z.refine(
      (value) => typeof value.auth !== 'object' || value.auth.mode !== 'oidc' || !!value.oidc,
      {
        message: 'is required when auth.mode is "oidc"',
        path: ['oidc'],
      },
    ),
  );

const EnvSchema = z.object({
  VITE_API_BASE_URL: z.optional(z.union([z.literal(''), httpUrl])),
  VITE_API_PROFILE: z._default(z.enum(API_PROFILES), 'console'),
  VITE_API_AUTH: z.optional(AuthSchemeSchema),
  VITE_AUTH_MODE: z.optional(z.enum(['token', 'oidc'])),
  VITE_API_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 15_000),
  VITE_MOCK_LATENCY_MS: z._default(z.coerce.number().check(z.int(), z.nonnegative()), 250),
});

export type AuthScheme = z.infer<typeof AuthSchemeSchema>;
export type AuthSettings = z.infer<typeof AuthSettingsSchema>;
export type OidcSettings = NonNullable<AuthSettings['oidc']>;

export type Config = {
  /** API origin without a trailing slash; '' means the page's own origin. */
  apiBaseUrl: string;
  profile: ApiProfile;
  auth: AuthScheme;
  /** "token": a pasted token or API key; "oidc": sign-in with the OpenID provider in `oidc`. */
  authMode: 'token' | 'oidc';
  oidc: OidcSettings | null;
  timeoutMs: number;
  mocking: boolean;
  mockLatencyMs: number;
};

function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new Error(`Invalid configuration: ${problems.join('; ')}`);
}

/** The `auth`/`oidc` settings as `/config.json` will hold them, from build-time variables. */
function authSettingsFromEnv(env: Record<string, unknown>, data: z.infer<typeof EnvSchema>) {
  const mode = data.VITE_AUTH_MODE;
  const scheme = data.VITE_API_AUTH;
  return {
    auth: mode ? { mode, scheme } : scheme,
    oidc:
      mode === 'oidc'
        ? {
            issuer: env.VITE_OIDC_ISSUER,
            clientId: env.VITE_OIDC_CLIENT_ID,
            scopes: env.VITE_OIDC_SCOPES || undefined,
            audience: env.VITE_OIDC_AUDIENCE || undefined,
          }
        : undefined,
  };
}

export function readConfig(env: Record<string, unknown>, mocking: boolean): Config {
  const data = parse(EnvSchema, env);
  const { auth, oidc } = parse(AuthSettingsSchema, authSettingsFromEnv(env, data));
  const scheme = typeof auth === 'object' ? auth.scheme : auth;
  return {
    apiBaseUrl: (data.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
    profile: data.VITE_API_PROFILE,
    // Aitronos authenticates with an API key (seeds/000); the others with a bearer token.
    auth: scheme ?? (data.VITE_API_PROFILE === 'aitronos' ? 'api-key' : 'bearer'),
    authMode: typeof auth === 'object' ? auth.mode : 'token',
    oidc: oidc ?? null,
    timeoutMs: data.VITE_API_TIMEOUT_MS,
    mocking,
    mockLatencyMs: data.VITE_MOCK_LATENCY_MS,
  };
}

export const config: Config = readConfig(import.meta.env, __API_MOCKING__);
