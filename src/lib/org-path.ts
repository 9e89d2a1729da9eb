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
