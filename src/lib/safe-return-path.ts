/**
 * A return path taken from the URL is only followed when it is an internal path of this
 * console: exactly one leading slash, no scheme, no backslash tricks.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2048) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  if (/[\\\s]/.test(value) || [...value].some(isControlCharacter)) return null;
  if (value.startsWith('/sign-in') || value.startsWith('/sign-out')) return null;
  return value;
}

function isControlCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
