const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A server-sent name cut to `max` characters for running text; show the full one in a title.
 * Characters as a person sees them: a flag or an emoji family is never cut in half.
 */
export function shortName(name: string, max = 80): string {
  // A character is at least one UTF-16 unit: a name no longer than `max` units fits.
  if (name.length <= max) return name;
  // Only the start is segmented: a 10,000-character name costs what a short one does. A
  // character is rarely over 16 units; past that, the prefix's last (maybe cut) one is dropped.
  const prefix = name.slice(0, max * 16);
  const characters = Array.from(graphemes.segment(prefix), ({ segment }) => segment);
  if (prefix.length === name.length && characters.length <= max) return name;
  const kept = Math.min(max - 1, prefix.length === name.length ? max : characters.length - 1);
  return `${characters.slice(0, kept).join('')}…`;
}

const ONE_LINE = 200;

/**
 * A label shown on one line and cut by CSS (an org's name in the switcher, a menu entry): the
 * text past what any width shows would still be shaped and laid out, a long task for a
 * 10,000-character name. The full text goes in its title, and stays the control's name through
 * `fullName`.
 */
export const oneLine = (label: string): string => shortName(label, ONE_LINE);

/**
 * The `aria-label` of a control named by a one-line label: the whole label when `oneLine` cut
 * it (the accessible name stays what the server sent), else none (the content names it).
 */
export const fullName = (label: string): string | undefined =>
  label.length > ONE_LINE && oneLine(label) !== label ? label : undefined;
