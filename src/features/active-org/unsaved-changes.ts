import { useEffect, useRef } from 'react';
import { askToConfirm } from '../../components/ui/confirm';

// Pages with forms register here while they hold unsaved changes; switching org asks first.
// Each registers what to do when the user agrees to throw its changes away.
const dirtyOwners = new Map<symbol, () => void>();

export function hasUnsavedChanges(): boolean {
  return dirtyOwners.size > 0;
}

/** Asks before something would throw unsaved changes away; true when it may go ahead. */
export async function confirmDiscardingUnsavedChanges(action: string): Promise<boolean> {
  if (!hasUnsavedChanges()) return true;
  const discard = await askToConfirm({
    title: 'Discard unsaved changes?',
    message: `You have unsaved changes. ${action} and discard them?`,
    confirmLabel: `Discard and ${action.toLowerCase()}`,
    danger: true,
  });
  if (discard) [...dirtyOwners.values()].forEach((run) => run());
  return discard;
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
