import type { QueryClient } from '@tanstack/react-query';
import { setCredential } from '../../api/credential';
import { updateOrgTransition } from '../active-org/org-transition';

/** Forgets the credential and everything fetched with it. */
export function signOut(queryClient: QueryClient): void {
  setCredential(null);
  void queryClient.cancelQueries();
  queryClient.clear();
  updateOrgTransition({ pendingSlug: null, follow: null, failure: null });
}
