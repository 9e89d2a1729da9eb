import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import {
  getCredential,
  provideCredential,
  setCredentialRenewer,
  subscribeCredential,
} from '../../../api/credential';
import { config, type OidcSettings } from '../../../config';
import { safeReturnPath } from '../../../lib/safe-return-path';

// OpenID Connect sign-in (authorization code + PKCE) with oidc-client-ts. Loaded on demand, only
// in OIDC mode. The client keeps the user (tokens included) in this tab's sessionStorage; the
// API layer sees only the current access token (api/credential.ts).

export const CALLBACK_PATH = '/auth/callback';
const SIGNED_OUT = 'signed-out';

let manager: UserManager | null = null;
let channel: BroadcastChannel | null = null;
let failure: string | null = null;
let ending = false;

function createManager(oidc: OidcSettings): UserManager {
  const origin = window.location.origin;
  const userManager = new UserManager({
    authority: oidc.issuer,
    client_id: oidc.clientId,
    scope: oidc.scopes,
    ...(oidc.audience && { resource: oidc.audience }),
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/sign-in`,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renewed with the refresh token a minute before the access token expires.
    automaticSilentRenew: true,
  });
  const provide = (user: User) => provideCredential(user.access_token, user.profile.sub);
  userManager.events.addUserLoaded(provide);
  userManager.events.addUserUnloaded(() => provideCredential(null, ''));
  // Signed out by the console (a refused token that no renewal could replace): the tokens kept
  // in sessionStorage are dead too.
  subscribeCredential(() => {
    if (getCredential() === null) void userManager.removeUser();
  });
  setCredentialRenewer(() => renew(userManager));
  // A sign-out in another tab signs this one out too.
  channel = new BroadcastChannel('org-console.session');
  channel.onmessage = (event) => {
    if (event.data === SIGNED_OUT) void userManager.removeUser();
  };
  return userManager;
}

function userManager(): UserManager {
  if (!config.oidc) throw new Error('OIDC sign-in is not configured');
  manager ??= createManager(config.oidc);
  return manager;
}

/**
 * At start-up: finishes a sign-in that comes back from the provider (then replaces the URL with
 * the page asked for), or resumes this tab's session, renewing its tokens when they expired.
 */
export async function startOidcSession(): Promise<void> {
  const users = userManager();
  if (window.location.pathname === CALLBACK_PATH) {
    try {
      const user = await users.signinRedirectCallback();
      const state = user.state as { returnTo?: unknown } | undefined;
      const returnTo = typeof state?.returnTo === 'string' ? safeReturnPath(state.returnTo) : null;
      window.history.replaceState(null, '', returnTo ?? '/');
    } catch {
      failure = 'Signing in with your organization account did not complete. Try again.';
      window.history.replaceState(null, '', '/sign-in');
    }
    return;
  }
  let user: User | null;
  try {
    user = await users.getUser();
  } catch {
    // Unreadable storage is not a session (and must not keep the console from starting).
    await users.removeUser();
    return;
  }
  if (!user) return;
  if (!user.expired) provideCredential(user.access_token, user.profile.sub);
  else if (!(await renew(users))) await users.removeUser();
}

/** With the refresh token; false when the provider refuses it (or offered none). */
async function renew(users: UserManager): Promise<boolean> {
  try {
    return (await users.signinSilent()) !== null;
  } catch {
    return false;
  }
}

/** Sends the user to the provider; they come back to `returnTo` (an internal path). */
export async function signInWithProvider(returnTo: string): Promise<void> {
  await userManager().signinRedirect({ state: { returnTo } });
}

/** Why the last sign-in did not complete, once. */
export function takeSignInFailure(): string | null {
  const message = failure;
  failure = null;
  return message;
}

/**
 * Ends the session in every tab and at the provider (its end-session endpoint when it offers
 * one; the browser then comes back to /sign-in).
 */
export async function endSession(): Promise<void> {
  if (ending) return;
  ending = true;
  const users = userManager();
  const user = await users.getUser();
  channel?.postMessage(SIGNED_OUT);
  try {
    if (!user || !(await users.metadataService.getEndSessionEndpoint())) throw new Error();
    await users.signoutRedirect(user.id_token ? { id_token_hint: user.id_token } : {});
  } catch {
    await users.removeUser();
    ending = false;
  }
}
