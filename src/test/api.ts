import { setCredential } from '../api/credential';
import { config } from '../config';

/** What a test would type into curl: the mock backend over the configured base URL. */
export async function callApi(method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${config.apiBaseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

export const TOKENS = {
  olivia: 'mock-olivia-token',
  sam: 'mock-sam-token',
  nora: 'mock-nora-token',
  max: 'mock-max-token',
  dora: 'mock-dora-token',
} as const;

export function signInAs(token: string) {
  setCredential(token);
}
