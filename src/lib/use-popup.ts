import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A button that opens a popup (a menu, a list) beside it, both inside `root`. While it is open,
 * Escape inside closes it and gives focus back to the button; a pointer going down outside closes
 * it and leaves focus where it went. The popup calls `close(refocus)` for its own reasons (Tab
 * moves on: false). `onClose` runs on every close.
 */
export function usePopup(onClose?: () => void) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(
    (refocus: boolean) => {
      onClose?.();
      setOpen(false);
      if (refocus) button.current?.focus();
    },
    [onClose],
  );

  useEffect(() => {
    const element = root.current;
    if (!open || !element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) close(false);
    };
    element.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, close]);

  return { open, setOpen, close, button, root };
}
