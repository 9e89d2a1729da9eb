import { getIdentity } from '../api/credential';

const PREFIX = 'org-console.';

/**
 * The storage key of something kept for the signed-in person (`name` such as `draft.org_1`),
 * or null when nobody is signed in. Keys of one identity share a prefix, so signing out can
 * remove all of them, and nobody else's key ever matches.
 */
export function identityKey(name: string, identity = getIdentity()): string | null {
  return identity ? `${PREFIX}${identity}.${name}` : null;
}

/** Removes everything kept for `identity`, in this tab and in every tab's shared storage. */
export function forgetIdentity(identity: string): void {
  try {
    for (const storage of [localStorage, sessionStorage]) {
      for (const key of Object.keys(storage)) {
        if (key.startsWith(`${PREFIX}${identity}.`)) storage.removeItem(key);
      }
    }
  } catch {
    // Unavailable storage holds nothing to forget.
  }
}
