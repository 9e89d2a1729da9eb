const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(?:rgba?|hsla?)\(\s*[-+0-9.%\s,/]*(?:deg)?[-+0-9.%\s,/]*\)$/i;
const NAMED = /^[a-z]{3,24}$/i;
// Never a color, whatever a lenient parser says: declaration breaks, urls, old IE expressions.
const FORBIDDEN = /[;:{}<>"'\\!@]|url\(|expression|var\(|\/\*/i;

type Supports = (property: string, value: string) => boolean;

function browserSupports(): Supports | undefined {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function'
    ? (property, value) => CSS.supports(property, value)
    : undefined;
}

/** The color when it is a plain CSS color, else undefined. */
export function validColor(
  value: string | undefined,
  supports: Supports | undefined = browserSupports(),
): string | undefined {
  const color = value?.trim();
  if (!color || color.length > 64 || FORBIDDEN.test(color)) return undefined;
  if (supports) return supports('color', color) ? color : undefined;
  return HEX.test(color) || FUNCTIONAL.test(color) || NAMED.test(color) ? color : undefined;
}
