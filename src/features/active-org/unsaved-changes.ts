import { useEffect, useRef } from 'react';

// Pages with forms register here while they hold unsaved changes; switching org asks first.
// Each registers what to do when the user agrees to throw its changes away.
const dirtyOwners = new Map<symbol, () => void>();

export function hasUnsavedChanges(): boolean {
  return dirtyOwners.size > 0;
}

/** Asks before something would throw unsaved changes away; true when it may go ahead. */
export function confirmDiscardingUnsavedChanges(action: string): boolean {
  if (!hasUnsavedChanges()) return true;
  if (!window.confirm(`You have unsaved changes. ${action} and discard them?`)) return false;
  [...dirtyOwners.values()].forEach((discard) => discard());
  return true;
}

/**
 * Registers the calling page's unsaved changes for as long as `dirty` is true; `onDiscard` runs
 * when the user agrees to discard them elsewhere (the switcher).
 */
export function useUnsavedChanges(dirty: boolean, onDiscard: () => void = () => undefined): void {
  const discard = useRef(onDiscard);
  useEffect(() => {
    discard.current = onDiscard;
  });
  useEffect(() => {
    if (!dirty) return;
    const owner = Symbol('unsaved changes');
    dirtyOwners.set(owner, () => discard.current());
    return () => {
      dirtyOwners.delete(owner);
    };
  }, [dirty]);
}
