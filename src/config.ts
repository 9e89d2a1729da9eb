import type { ConfigFailure } from './config-problems';
import { parseConfig, type Config } from './config-schema';

export {
  API_PROFILES,
  type ApiProfile,
  type AuthScheme,
  type Config,
  type OidcSettings,
} from './config-schema';

/**
 * The deployment's configuration, read once at start-up from `/config.json` (loadConfig) before
 * any API request. Until then, and in unit tests, it holds the defaults.
 */
export const config: Config = {
  apiBaseUrl: '',
  profile: 'console',
  authMode: 'token',
  auth: 'bearer',
  timeoutMs: 15_000,
  oidc: null,
};

export const CONFIG_URL = `${import.meta.env.BASE_URL}config.json`;

/** Reads and applies `/config.json`; null when it did, else what is wrong with it. */
export async function loadConfig(): Promise<ConfigFailure | null> {
  let json: unknown;
  try {
    // A plain GET, so that it matches index.html's <link rel="preload"> and reuses its answer.
    const response = await fetch(CONFIG_URL);
    if (!response.ok) return { file: `an HTTP ${response.status} answer` };
    json = await response.json();
  } catch {
    return { file: 'no JSON document (an unreachable or non-JSON answer)' };
  }
  const result = parseConfig(json);
  if (!result.ok) return { json, badKeys: result.badKeys };
  Object.assign(config, result.config);
  return null;
}
