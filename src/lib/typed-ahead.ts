import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * Keys typed while a popup's code loads (the command palette, the org switcher's list), kept for
 * its search instead of landing in whatever had focus. Started by whoever opens the popup,
 * stopped by the popup once its search has focus; the popup reads the text with
 * useTypedText, so no key is lost in between. Only characters are kept: arrows, Enter and
 * shortcuts go on as they would.
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

/** The opener's typed-ahead keys: one for the component's life, stopped when it unmounts. */
export function useTypedAhead(): TypedAhead {
  const [typedAhead] = useState(createTypedAhead);
  useEffect(() => typedAhead.stop, [typedAhead]);
  return typedAhead;
}

/** What has been typed ahead so far, re-rendering as keys arrive. */
export function useTypedText(typedAhead: TypedAhead): string {
  return useSyncExternalStore(typedAhead.subscribe, typedAhead.text);
}
