/** Up to two initials for the avatar of an org (the documents give no logo). */
export function orgInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[1]] : [name.trim()];
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 2);
}

/** "ADMINISTRATOR" → "Administrator"; a role the server does not name stays readable. */
export function roleLabel(roleSlug: string | undefined): string {
  if (!roleSlug) return 'Member';
  const words = roleSlug.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
