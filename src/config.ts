import * as z from 'zod/mini';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** Which backend's switch endpoint the console speaks (README "Backend profiles"). */
export const API_PROFILES = ['console', 'aitronos', 'slugbase', 'dual'] as const;
export type ApiProfile = (typeof API_PROFILES)[number];

const EnvSchema = z.object({
  VITE_API_BASE_URL: z.optional(z.union([z.literal(''), httpUrl])),
  VITE_API_PROFILE: z._default(z.enum(API_PROFILES), 'console'),
  VITE_API_AUTH: z.optional(z.enum(['bearer', 'api-key'])),
  VITE_API_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 15_000),
  VITE_MOCK_LATENCY_MS: z._default(z.coerce.number().check(z.int(), z.nonnegative()), 250),
});

export type AuthScheme = 'bearer' | 'api-key';

export type Config = {
  /** API origin without a trailing slash; '' means the page's own origin. */
  apiBaseUrl: string;
  profile: ApiProfile;
  auth: AuthScheme;
  timeoutMs: number;
  mocking: boolean;
  mockLatencyMs: number;
};

export function readConfig(env: Record<string, unknown>, mocking: boolean): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const data = parsed.data;
  return {
    apiBaseUrl: (data.VITE_API_BASE_URL ?? '').replace(/\/+$/, ''),
    profile: data.VITE_API_PROFILE,
    // Aitronos authenticates with an API key (seeds/000); the others with a bearer token.
    auth: data.VITE_API_AUTH ?? (data.VITE_API_PROFILE === 'aitronos' ? 'api-key' : 'bearer'),
    timeoutMs: data.VITE_API_TIMEOUT_MS,
    mocking,
    mockLatencyMs: data.VITE_MOCK_LATENCY_MS,
  };
}

export const config: Config = readConfig(import.meta.env, __API_MOCKING__);
