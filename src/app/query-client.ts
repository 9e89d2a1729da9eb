import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { hasStatus, isApiError } from '../api/api-error';
import { signOut } from '../features/session/sign-out';

const MAX_READ_RETRIES = 2;

/** Network faults, timeouts and 5xx may pass; 4xx and unreadable responses will not. */
function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && (error.status ?? 0) >= 500;
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
        retry: (failures, error) => failures < MAX_READ_RETRIES && isTransient(error),
      },
      // A write offline fails at once with a message (the form keeps what was typed) rather
      // than waiting invisibly; reads pause and are re-read when the browser is back online.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return client;
}
