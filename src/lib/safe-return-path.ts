import { normalizeInternalPath } from './internal-path';

/**
 * A return path taken from the URL is only followed when it is an internal path of this
 * console (normalized by the one path rule) and does not lead back into signing in or out.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  const path = value ? normalizeInternalPath(value) : null;
  if (!path) return null;
  const first = path.split(/[/?#]/)[1];
  return first === 'sign-in' || first === 'sign-out' ? null : path;
}
