import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate } from 'react-router';
import { config } from '../../config';
import { useCredential } from './use-credential';
import { signOut } from './sign-out';

/**
 * `/sign-out`: a deliberate sign-out happens outside the guarded pages, so it does not
 * look like an expired session (which returns the user where they were).
 */
export function SignOutRoute() {
  const queryClient = useQueryClient();
  const credential = useCredential();
  useEffect(() => {
    if (config.authMode !== 'oidc') {
      signOut(queryClient, { deliberate: true });
      return;
    }
    // The provider's session ends too, and every tab's; the browser leaves for the provider.
    void import('./oidc/oidc-session')
      .then(({ endSession }) => endSession())
      .finally(() => signOut(queryClient, { deliberate: true }));
  }, [queryClient]);
  return credential ? null : <Navigate to="/sign-in" replace />;
}
