// Control and invisible characters and backslashes: browsers drop or reinterpret some of them
// while parsing a URL, which is how `/\t/evil` or `/\\evil` get past naive checks. Raw (not
// percent-encoded) whitespace is refused too; an encoded space (`%20`) is a character like any.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff\\]/;
const RAW_UNSAFE = /\s/;
const MAX_LENGTH = 2048;
// `%252e` is `.` encoded twice; a third layer is refused rather than peeled further.
const MAX_DECODES = 3;
// Already normal: segments of unreserved characters, none of them `.` or `..`, nothing after.
const PLAIN = /^(?:\/[\w~-][\w.~-]*)+$/;

/**
 * The one rule for every internal path the console gets from the server or the URL (menu,
 * footer and quick-action hrefs, `homePage`, `returnTo`, `/o/:slug`): decoded (repeatedly, so
 * `%252e` is a dot too), dot segments resolved, empty segments dropped, each segment encoded
 * again. Null when it is not a plain internal path: no leading `/`, `//host`, a backslash or
 * invisible character in any encoding, a malformed or overlong encoding (`%E0%A4%A`,
 * `%c0%ae`), or a `..` that would climb above the root. Never throws.
 *
 * `normalizeInternalPath('/%2e/a/../b?x#y')` → `/b?x#y`.
 */
export function normalizeInternalPath(raw: string): string | null {
  if (raw.length > MAX_LENGTH || !raw.startsWith('/') || raw.startsWith('//')) return null;
  if (PLAIN.test(raw)) return raw;
  if (RAW_UNSAFE.test(raw)) return null;
  const split = /[?#]/.exec(raw)?.index ?? raw.length;
  const rest = raw.slice(split);
  if (fullyDecoded(rest) === null) return null;
  const path = fullyDecoded(raw.slice(0, split));
  if (path === null || UNSAFE.test(path)) return null;

  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.pop() === undefined) return null;
      continue;
    }
    segments.push(segment);
  }
  return `/${segments.map(encodeURIComponent).join('/')}${rest}`;
}

function fullyDecoded(text: string): string | null {
  let current = text;
  for (let round = 0; round < MAX_DECODES; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current.includes('%') ? null : current;
}
