import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { getIdentity } from '../../api/credential';
import { useCredential } from './use-credential';

// Whose pages this tab last showed. A return path left by a session that ended belongs to that
// person: whoever signs in next in this tab follows it only when it is the same identity.
const TAB_IDENTITY = 'org-console.tab-identity';

export function tabIdentity(): string | null {
  try {
    return sessionStorage.getItem(TAB_IDENTITY);
  } catch {
    return null;
  }
}

/** Notes `identity` as this tab's; null forgets it. */
export function rememberTabIdentity(identity: string | null): void {
  try {
    if (identity) sessionStorage.setItem(TAB_IDENTITY, identity);
    else sessionStorage.removeItem(TAB_IDENTITY);
  } catch {
    // Unavailable storage: return paths are then followed by whoever signs in.
  }
}

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
