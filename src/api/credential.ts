// The signed-in credential, shared by every tab of the browser profile (localStorage), so a
// shared link opens signed in and a rotated token reaches the other tabs.
const KEY = 'org-console.credential';
const listeners = new Set<() => void>();

export function getCredential(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setCredential(value: string | null): void {
  try {
    if (value) localStorage.setItem(KEY, value);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable (private mode quotas); the session then lasts for this page only.
  }
  listeners.forEach((listener) => listener());
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
