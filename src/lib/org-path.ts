import { normalizeInternalPath } from './internal-path';

/** The console's URL of an org page: `orgPath('a b')` → `/o/a%20b`, `orgPath('acme', '/members')`. */
export function orgPath(slug: string, path = ''): string {
  const inOrg = path.replace(/^\/+/, '');
  return `/o/${encodeURIComponent(slug)}${inOrg ? `/${inOrg}` : ''}`;
}

/**
 * The org slug of a console URL (`/o/acme/members` → `acme`), decoded; undefined when the path
 * is no org page or its encoding is malformed (never a URIError).
 */
export function orgSlugOfPath(pathname: string): string | undefined {
  const normalized = normalizeInternalPath(pathname);
  const encoded = normalized && /^\/o\/([^/?#]+)/.exec(normalized)?.[1];
  return encoded ? decodeURIComponent(encoded) : undefined;
}

/** The path inside an org's URL: `/o/acme/workspaces/new` → `workspaces/new`. */
export function pathInOrg(pathname: string): string {
  return pathname.split('/').slice(3).filter(Boolean).join('/');
}

/**
 * An org-relative path as the router matches it against the console's pages:
 * `/workspaces/new/?tab=1#top` → `workspaces/new`. Segments are decoded as React Router decodes
 * them (an encoded `/` stays encoded); undefined when a segment cannot be decoded.
 */
export function pagePathOf(path: string): string | undefined {
  const bare = path.split(/[?#]/, 1)[0] ?? '';
  const segments = bare.split('/').filter(Boolean);
  if (!bare.includes('%')) return segments.join('/');
  try {
    return segments.map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F')).join('/');
  } catch {
    return undefined;
  }
}

/**
 * An internal href (`/workspaces/new`) as the page it opens: normalized by the one path rule
 * (internal-path.ts), then as the router matches it. Undefined when it is no safe internal path.
 */
export function internalPage(href: string): { normalized: string; path: string } | undefined {
  const normalized = normalizeInternalPath(href);
  const path = normalized === null ? undefined : pagePathOf(normalized);
  return normalized !== null && path !== undefined ? { normalized, path } : undefined;
}
