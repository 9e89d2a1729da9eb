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
  if (shown.some((a) => a.id === id)) update(shown.filter((a) => a.id !== id));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function Toast({ announcement }: { announcement: Announcement }) {
  useEffect(() => {
    const timer = setTimeout(() => dismiss(announcement.id), 6000);
    return () => clearTimeout(timer);
  }, [announcement.id]);
  return (
    <div className="toast">
      <span className="clamp-2" title={announcement.text}>
        {announcement.text}
      </span>
      <button
        type="button"
        className="button ghost"
        aria-label="Dismiss notification"
        onClick={() => dismiss(announcement.id)}
      >
        ×
      </button>
    </div>
  );
}

export function Announcer() {
  const announcements = useSyncExternalStore(
    subscribe,
    () => shown,
    () => shown,
  );
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {announcements.map((announcement) => (
        <Toast key={announcement.id} announcement={announcement} />
      ))}
    </div>
  );
}
