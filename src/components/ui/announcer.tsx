import './feedback.css';
import { useEffect, useSyncExternalStore } from 'react';

type Announcement = { id: number; text: string };

let current: Announcement | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

/** Says something to everyone: a toast for the eyes, a polite live region for screen readers. */
export function announce(text: string): void {
  current = { id: nextId++, text };
  listeners.forEach((listener) => listener());
}

function dismiss(id: number) {
  if (current?.id !== id) return;
  current = null;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function Announcer() {
  const announcement = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => dismiss(announcement.id), 6000);
    return () => clearTimeout(timer);
  }, [announcement]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {announcement && (
        <div className="toast" key={announcement.id}>
          <span>{announcement.text}</span>
          <button
            type="button"
            className="button ghost"
            aria-label="Dismiss notification"
            onClick={() => dismiss(announcement.id)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
