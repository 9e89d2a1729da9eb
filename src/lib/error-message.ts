import { isApiError } from '../api/api-error';

/** What to tell a person about any error: the server's own words when it gave some. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Something went wrong. Try again.';
}

/** The heading of a failed read: 403 and 404 say so plainly; anything else gets `fallback`. */
export function readFailureTitle(error: unknown, fallback: string): string {
  if (isApiError(error) && error.status === 403) return 'Not allowed';
  if (isApiError(error) && error.status === 404) return 'Not found';
  return fallback;
}
