import { isApiError } from '../api/api-error';

/** What to tell a person about any error: the server's own words when it gave some. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Something went wrong. Try again.';
}
