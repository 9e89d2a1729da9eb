import type { QueryClient } from '@tanstack/react-query';
import { getIdentity, setCredential } from '../../api/credential';
import { forgetIdentity } from '../../lib/identity-storage';
import { rememberTabIdentity } from './require-session';

/**
 * Forgets the credential and everything fetched with it. `deliberate` (the user signed out, not
 * a 401): also everything kept for them in this browser (drafts, recent orgs) and this tab's
 * note of who was here, so nothing of theirs reaches whoever signs in next.
 */
export function signOut(queryClient: QueryClient, { deliberate = false } = {}): void {
  const identity = getIdentity();
  setCredential(null);
  if (deliberate) {
    if (identity) forgetIdentity(identity);
    rememberTabIdentity(null);
  }
  void queryClient.cancelQueries();
  // Queries and mutations alike: a switch still in flight is not applied, nor its failure shown.
  queryClient.clear();
}
