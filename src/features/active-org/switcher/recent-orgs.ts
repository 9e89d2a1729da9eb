import { getCredential } from '../../../api/credential';

const MAX_RECENT = 5;

// Kept per user: the key holds a hash of the credential, never the credential itself.
function storageKey(): string | null {
  const credential = getCredential();
  if (!credential) return null;
  let hash = 0x811c9dc5;
  for (let i = 0; i < credential.length; i += 1) {
    hash = Math.imul(hash ^ credential.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `org-console.recent-orgs.${hash.toString(36)}`;
}

export function readRecentOrgs(): string[] {
  const key = storageKey();
  try {
    const saved: unknown = key ? JSON.parse(localStorage.getItem(key) ?? '[]') : [];
    return Array.isArray(saved) ? saved.filter((slug) => typeof slug === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberRecentOrg(slug: string): void {
  const key = storageKey();
  if (!key) return;
  const recent = [slug, ...readRecentOrgs().filter((s) => s !== slug)].slice(0, MAX_RECENT);
  try {
    localStorage.setItem(key, JSON.stringify(recent));
  } catch {
    // Not remembering recent orgs is harmless.
  }
}
