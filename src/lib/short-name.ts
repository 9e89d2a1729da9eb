const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A server-sent name cut to `max` characters for running text; show the full one in a title.
 * Characters as a person sees them: a flag or an emoji family is never cut in half.
 */
export function shortName(name: string, max = 80): string {
  const characters = Array.from(graphemes.segment(name), ({ segment }) => segment);
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : name;
}
