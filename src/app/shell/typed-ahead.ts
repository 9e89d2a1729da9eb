/**
 * Keys typed while the command palette's code loads, kept for its search instead of landing in
 * whatever had focus. Started by the shortcut or the button, stopped by the palette once it has
 * focus; the palette reads the text with useSyncExternalStore, so no key is lost in between.
 */
export type TypedAhead = {
  text: () => string;
  subscribe: (listener: () => void) => () => void;
  start: () => void;
  stop: () => void;
};

export function createTypedAhead(): TypedAhead {
  let text = '';
  let listening = false;
  const listeners = new Set<() => void>();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    text += event.key;
    listeners.forEach((listener) => listener());
  };
  return {
    text: () => text,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => {
      if (listening) return;
      listening = true;
      text = '';
      document.addEventListener('keydown', onKeyDown, true);
    },
    stop: () => {
      listening = false;
      document.removeEventListener('keydown', onKeyDown, true);
    },
  };
}
