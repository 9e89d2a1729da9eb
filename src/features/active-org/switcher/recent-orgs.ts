import type { OrgSummary } from '../../../api/contract/active-org';

const MAX_RECENT = 5;

// Kept per user in this browser. The API names no user, so the user is known by the set of
// orgs they belong to: stable across sign-ins and token rotations, and never the credential.
function storageKey(orgs: readonly OrgSummary[]): string {
  const text = orgs
    .map((org) => org.slug)
    .sort()
    .join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `org-console.recent-orgs.${hash.toString(36)}`;
}

export function readRecentOrgs(orgs: readonly OrgSummary[]): string[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(storageKey(orgs)) ?? '[]');
    return Array.isArray(saved) ? saved.filter((slug) => typeof slug === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberRecentOrg(orgs: readonly OrgSummary[], slug: string): void {
  const recent = [slug, ...readRecentOrgs(orgs).filter((s) => s !== slug)].slice(0, MAX_RECENT);
  try {
    localStorage.setItem(storageKey(orgs), JSON.stringify(recent));
  } catch {
    // Not remembering recent orgs is harmless.
  }
}
