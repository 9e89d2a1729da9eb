import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { hasStatus, isApiError } from '../api/api-error';
import { signOut } from '../features/session/sign-out';

const MAX_READ_RETRIES = 2;
/** A retry is only worth starting with at least this much of the read's budget left. */
const MIN_ATTEMPT_MS = 1000;
export const readRetryDelay = (failures: number) => 500 * 2 ** failures;

/**
 * Network faults and 5xx may pass, so a read retries them, as long as the retry still fits in
 * the read's one time budget (`VITE_API_TIMEOUT_MS`, retries included: `src/api/client.ts`).
 * A timeout has spent that budget; 4xx and unreadable responses will not pass.
 */
export function shouldRetryRead(failures: number, error: unknown): boolean {
  if (!isApiError(error) || failures >= MAX_READ_RETRIES) return false;
  const transient =
    error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
  return transient && (error.timeLeftMs ?? 0) >= readRetryDelay(failures) + MIN_ATTEMPT_MS;
}

/** One error policy for every query and mutation: a 401 anywhere ends the session. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (hasStatus(error, 401)) signOut(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
      },
      // A write offline fails at once with a message (the form keeps what was typed) rather
      // than waiting invisibly; reads pause and are re-read when the browser is back online.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return client;
}
