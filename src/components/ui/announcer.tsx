import './feedback.css';
import { useEffect, useSyncExternalStore } from 'react';

type Announcement = { id: number; text: string };

// A few at once: one announcement never hides another made at the same moment (a switch, and
// the unsaved changes it kept).
const MAX_SHOWN = 3;
let shown: readonly Announcement[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function update(next: readonly Announcement[]) {
  shown = next;
  listeners.forEach((listener) => listener());
}

/** Says something to everyone: a toast for the eyes, a polite live region for screen readers. */
export function announce(text: string): void {
  update([...shown.filter((a) => a.text !== text), { id: nextId++, text }].slice(-MAX_SHOWN));
}

function dismiss(id: number) {
  update(shown.filter((a) => a.id !== id));
}

/** Takes every announcement down: the unit tests start each test with none. */
export function dismissAllAnnouncements(): void {
  update([]);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function Announcer() {
  const announcements = useSyncExternalStore(
    subscribe,
    () => shown,
    () => shown,
  );
  // The oldest goes after 6 s on screen (or so: a newer one restarts its clock).
  const oldest = announcements[0]?.id;
  useEffect(() => {
    if (oldest === undefined) return;
    const timer = setTimeout(() => dismiss(oldest), 6000);
    return () => clearTimeout(timer);
  }, [oldest]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {announcements.map(({ id, text }) => (
        <div className="toast" key={id}>
          <span className="clamp-2" title={text}>
            {text}
          </span>
          <button
            type="button"
            className="button ghost"
            aria-label="Dismiss notification"
            onClick={() => dismiss(id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
