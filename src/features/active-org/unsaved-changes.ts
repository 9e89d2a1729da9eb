import { useEffect } from 'react';

// Pages with forms register here while they hold unsaved changes; switching org asks first.
const dirtyOwners = new Set<symbol>();

export function hasUnsavedChanges(): boolean {
  return dirtyOwners.size > 0;
}

/** Asks before something would throw unsaved changes away; true when it may go ahead. */
export function confirmDiscardingUnsavedChanges(action: string): boolean {
  if (!hasUnsavedChanges()) return true;
  return window.confirm(`You have unsaved changes. ${action} and discard them?`);
}

/** Registers the calling page's unsaved changes for as long as `dirty` is true. */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const owner = Symbol('unsaved changes');
    dirtyOwners.add(owner);
    return () => {
      dirtyOwners.delete(owner);
    };
  }, [dirty]);
}
