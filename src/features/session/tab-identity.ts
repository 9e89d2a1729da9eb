import { getIdentity } from '../../api/credential';

// Whose pages this tab last showed. A return path left by a session that ended belongs to that
// person: whoever signs in next in this tab follows it only when it is the same identity.
const KEY = 'org-console.tab-identity';

export function tabIdentity(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Notes the signed-in identity as this tab's; with nobody signed in, forgets it. */
export function rememberTabIdentity(identity = getIdentity()): void {
  try {
    if (identity) sessionStorage.setItem(KEY, identity);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Unavailable storage: return paths are then followed by whoever signs in.
  }
}
