import { useEffect } from 'react';
import { askToConfirm } from '../../components/ui/confirm';

// Pages with forms register here while they hold unsaved changes; switching org asks first.
const dirtyOwners = new Set<symbol>();

export function hasUnsavedChanges(): boolean {
  return dirtyOwners.size > 0;
}

/** Asks before something would throw unsaved changes away; true when it may go ahead. */
export async function confirmDiscardingUnsavedChanges(action: string): Promise<boolean> {
  if (!hasUnsavedChanges()) return true;
  return askToConfirm({
    title: 'Discard unsaved changes?',
    message: `You have unsaved changes. ${action} and discard them?`,
    confirmLabel: `Discard and ${action.toLowerCase()}`,
    danger: true,
  });
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
