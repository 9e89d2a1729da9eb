const NAMES: Record<string, string> = {
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte-order mark',
  '\u00a0': 'a non-breaking space',
  ' ': 'a space',
  '\t': 'a tab',
  '\n': 'a line break',
  '\r': 'a line break',
  '\u2018': 'a curly quote (‘)',
  '\u2019': 'a curly quote (’)',
  '\u201c': 'a curly quote (“)',
  '\u201d': 'a curly quote (”)',
};

/**
 * Why a pasted credential cannot be sent, or null when it can: an HTTP header holds only
 * printable ASCII, and a zero-width space or a word processor's curly quote would otherwise
 * fail the request as if the server were unreachable. Names the character, never the credential.
 */
export function credentialProblem(credential: string): string | null {
  // Code points, not graphemes: a header holds single characters, and the message names one.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  const characters = [...credential];
  const index = characters.findIndex((c) => c < '!' || c > '~');
  if (index < 0) return null;
  const character = characters[index] ?? '';
  const name =
    NAMES[character] ??
    `the character U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `The token contains ${name} at position ${index + 1}, which a token cannot hold. Paste it again without it.`;
}
