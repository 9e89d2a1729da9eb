import { config } from '../config';

// The signed-in credential. Token mode: shared by every tab of the browser profile
// (localStorage), so a shared link opens signed in and a rotated token reaches the other tabs.
// OIDC mode: the current access token in memory only, handed over by the OpenID client (which
// keeps its own copy in this tab's sessionStorage). Each sign-in starts a session; a token
// rotation (DUAL) or renewal keeps it, so "same session, newer token" can be told apart from
// "someone else signed in". The API names no user, so whoever signed in is known by an
// identity: a hash of the credential they signed in with (token mode) or of their subject
// (OIDC), kept through rotations and renewals (docs/decisions). What the console keeps for a
// person (drafts, recent orgs) is keyed by it.
const KEY = 'org-console.credential';
const listeners = new Set<() => void>();
// Asked at each use: the mode is known once /config.json is read, after this module loads.
const inMemory = () => config.authMode === 'oidc';
let memory: Stored | null = null;
let renewer: (() => Promise<boolean>) | null = null;
let renewal: Promise<boolean> | null = null;

type Stored = { token: string; session: string; identity: string };

/** A stable, one-way name for a credential (32-bit FNV-1a): never the credential itself. */
export function identityOf(credential: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < credential.length; i += 1) {
    hash = Math.imul(hash ^ credential.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function read(): Stored | null {
  if (inMemory()) return memory;
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Stored> | null;
    if (typeof value?.token === 'string' && typeof value.session === 'string') {
      const identity =
        typeof value.identity === 'string' ? value.identity : identityOf(value.token);
      return { token: value.token, session: value.session, identity };
    }
  } catch {
    // A bare token (set by hand or by a tool): a session of its own.
  }
  return { token: raw, session: 'unnamed', identity: identityOf(raw) };
}

function write(value: Stored | null): void {
  if (inMemory()) {
    if (value?.token === memory?.token && value?.session === memory?.session) return;
    memory = value;
  } else {
    try {
      if (value) localStorage.setItem(KEY, JSON.stringify(value));
      else localStorage.removeItem(KEY);
    } catch {
      // Storage can be unavailable (private mode quotas); the session then lasts for this page.
    }
  }
  listeners.forEach((listener) => listener());
}

export function getCredential(): string | null {
  return read()?.token ?? null;
}

/** Which sign-in the stored credential belongs to. */
export function getCredentialSession(): string | null {
  return read()?.session ?? null;
}

/** Who is signed in: the identity of the credential the session began with; null when nobody. */
export function getIdentity(): string | null {
  return read()?.identity ?? null;
}

/** Signs in (a new session) with `value`, or signs out with null. */
export function setCredential(value: string | null): void {
  const session = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
  write(value ? { token: value, session, identity: identityOf(value) } : null);
}

/** Replaces the token of the current session (a backend that rotates it on a switch). */
export function rotateCredential(value: string): void {
  const current = read();
  write({
    token: value,
    session: current?.session ?? 'unnamed',
    identity: current?.identity ?? identityOf(value),
  });
}

/** OIDC mode: the OpenID client's current access token, and whose sign-in it belongs to. */
export function provideCredential(token: string | null, session: string): void {
  write(token ? { token, session, identity: identityOf(session) } : null);
}

/** OIDC mode: how to get a fresh access token; resolves false when that is not possible. */
export function setCredentialRenewer(renew: (() => Promise<boolean>) | null): void {
  renewer = renew;
}

/** One renewal at a time, shared by every request that found its token refused. */
export function renewCredential(): Promise<boolean> {
  if (!renewer) return Promise.resolve(false);
  renewal ??= renewer().finally(() => {
    renewal = null;
  });
  return renewal;
}

export function subscribeCredential(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
