import { internalPage, orgPath } from '../../lib/org-path';
/** Where a menu entry may point, decided from an untrusted `href`. */
export type NavTarget =
  /** `path`: the org-relative page it opens (`workspaces/new`), as the router will match it. */
  | { kind: 'internal'; to: string; path: string; newTab: boolean }
  | { kind: 'external'; href: string; newTab: boolean }
  | { kind: 'none' };

// Whitespace and control characters anywhere: browsers strip some of them while parsing a URL,
// which is how `java\tscript:` and ` javascript:` get past naive prefix checks.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;

/**
 * Internal paths become links under the active org, `http:`/`https:` URLs external links;
 * everything else (`javascript:`, `data:`, `//host`, encoded or spaced tricks) is not a link.
 */
export function classifyHref(
  href: string | undefined,
  orgSlug: string,
  target?: '_self' | '_blank',
): NavTarget {
  const newTab = target === '_blank';
  if (!href) return { kind: 'none' };
  if (href.startsWith('/')) {
    const page = internalPage(href);
    return page
      ? { kind: 'internal', to: orgPath(orgSlug, page.normalized), path: page.path, newTab }
      : { kind: 'none' };
  }
  if (UNSAFE_CHARS.test(href) || !/^https?:\/\//i.test(href)) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'none' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'none' };
  // `https://docs.example.com@evil.test` reads like one host and goes to another.
  if (url.username || url.password) return { kind: 'none' };
  return { kind: 'external', href: url.href, newTab };
}
