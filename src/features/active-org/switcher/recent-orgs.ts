import { identityKey } from '../../../lib/identity-storage';

const MAX_RECENT = 5;

// Kept per person in this browser (their identity, never their credential), so nobody else who
// signs in here sees them; signing out removes them.
const storageKey = () => identityKey('recent-orgs');

export function readRecentOrgs(): string[] {
  const key = storageKey();
  if (!key) return [];
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
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
