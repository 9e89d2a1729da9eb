import type { QueryClient } from '@tanstack/react-query';
import { hasStatus, isApiError } from '../../api/api-error';
import { setCredential } from '../../api/credential';
import { config } from '../../config';
import { activeOrgQueryOptions } from '../active-org/active-org-query';

/** Why signing in failed; `credential`: the credential itself is at fault (mark its field). */
export type SignInFailure = { message: string; credential: boolean };

/**
 * Stores the credential and proves it with one read of the active org (which the console
 * needs next anyway). Resolves to why it failed, or null when signed in.
 */
export async function signIn(
  queryClient: QueryClient,
  credential: string,
): Promise<SignInFailure | null> {
  queryClient.clear();
  setCredential(credential);
  try {
    await queryClient.query({ ...activeOrgQueryOptions(), retry: false });
    return null;
  } catch (error) {
    setCredential(null);
    queryClient.clear();
    if (hasStatus(error, 401)) {
      return {
        message: 'That credential was not accepted. Check it and try again.',
        credential: true,
      };
    }
    if (isApiError(error) && error.kind === 'network') {
      const api = config.apiBaseUrl || window.location.origin;
      return {
        message: `Could not reach the API at ${api}. Check that it is running and that this console may call it, then try again.`,
        credential: false,
      };
    }
    return {
      message: isApiError(error) ? error.message : 'Signing in failed. Try again.',
      credential: false,
    };
  }
}
