import * as z from 'zod/mini';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const EnvSchema = z.object({
  VITE_API_BASE_URL: z.optional(z.union([z.literal(''), httpUrl])),
  VITE_API_AUTH: z._default(z.enum(['bearer', 'api-key']), 'bearer'),
  VITE_API_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 15_000),
  VITE_MOCK_LATENCY_MS: z._default(z.coerce.number().check(z.int(), z.nonnegative()), 250),
});

export type AuthScheme = 'bearer' | 'api-key';

export type Config = {
  /** API origin without a trailing slash; '' means the page's own origin. */
  apiBaseUrl: string;
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
    auth: data.VITE_API_AUTH,
    timeoutMs: data.VITE_API_TIMEOUT_MS,
    mocking,
    mockLatencyMs: data.VITE_MOCK_LATENCY_MS,
  };
}

export const config: Config = readConfig(import.meta.env, __API_MOCKING__);
