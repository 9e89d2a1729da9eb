import type { QueryClient } from '@tanstack/react-query';
import { hasStatus, isApiError } from '../../api/api-error';
import { setCredential } from '../../api/credential';
import { activeOrgQueryOptions } from '../active-org/active-org-query';

/**
 * Stores the credential and proves it with one read of the active org (which the console
 * needs next anyway). Resolves to an error message, or null when signed in.
 */
export async function signIn(queryClient: QueryClient, credential: string): Promise<string | null> {
  queryClient.clear();
  setCredential(credential);
  try {
    await queryClient.fetchQuery({ ...activeOrgQueryOptions(), retry: false });
    return null;
  } catch (error) {
    setCredential(null);
    queryClient.clear();
    if (hasStatus(error, 401)) return 'That credential was not accepted. Check it and try again.';
    return isApiError(error) ? error.message : 'Signing in failed. Try again.';
  }
}
