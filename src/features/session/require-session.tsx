import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { getIdentity } from '../../api/credential';
import { rememberTabIdentity } from './tab-identity';
import { useCredential } from './use-credential';

/** Sends a visitor without a credential to sign-in, remembering where they were going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const credential = useCredential();
  const location = useLocation();
  useEffect(() => {
    if (credential) rememberTabIdentity(getIdentity());
  }, [credential]);
  if (!credential) {
    const returnTo = `${location.pathname}${location.search}${location.hash}`;
    const search = returnTo === '/' ? '' : `?${new URLSearchParams({ returnTo })}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  return children;
}
