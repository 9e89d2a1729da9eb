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
  for (const storage of [safeStorage('local'), safeStorage('session')]) {
    if (!storage) continue;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    for (const key of keys) {
      if (key?.startsWith(`${PREFIX}${identity}.`)) storage.removeItem(key);
    }
  }
}

function safeStorage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? localStorage : sessionStorage;
  } catch {
    return null;
  }
}
