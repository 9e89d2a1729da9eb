import type { QueryClient } from '@tanstack/react-query';
import { getCredentialSession, subscribeCredential } from '../../api/credential';

/**
 * When another tab signs in as someone else, nothing this tab fetched for the previous session
 * may stay on screen or be acted on: drop it all, and the pages re-read for the new session.
 * (Signing out is RequireSession's; a token rotation keeps the session.)
 */
export function followSessionChanges(queryClient: QueryClient): () => void {
  let session = getCredentialSession();
  return subscribeCredential(() => {
    const next = getCredentialSession();
    if (next === session) return;
    const previous = session;
    session = next;
    if (previous !== null && next !== null) {
      void queryClient.cancelQueries();
      // Queries and mutations alike: a switch still in flight is not applied.
      queryClient.clear();
    }
  });
}
