/** "ADMINISTRATOR" → "Administrator"; a role the server does not name stays readable. */
export function roleLabel(roleSlug: string | undefined): string {
  if (!roleSlug) return 'Member';
  const words = roleSlug.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
