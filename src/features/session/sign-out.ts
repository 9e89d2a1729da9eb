import type { QueryClient } from '@tanstack/react-query';
import { setCredential } from '../../api/credential';

/** Forgets the credential and everything fetched or under way with it. */
export function signOut(queryClient: QueryClient): void {
  setCredential(null);
  void queryClient.cancelQueries();
  // Queries and mutations alike: a switch still in flight is not applied, nor its failure shown.
  queryClient.clear();
}
