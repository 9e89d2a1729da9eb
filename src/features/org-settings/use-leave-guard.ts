import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { getCredential } from '../../api/credential';
import { orgSlugOfPath } from '../../lib/org-path';
import { askToConfirm } from '../../components/ui/confirm';
import { useUnsavedChanges } from '../active-org/unsaved-changes';

/**
 * Asks before unsaved changes are thrown away: in-app navigation (router blocker), closing or
 * reloading the tab (beforeunload), and switching org (the switcher consults the registry).
 */
export function useLeaveGuard(dirty: boolean, orgSlug: string, onDiscard: () => void): void {
  useUnsavedChanges(dirty, onDiscard);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (!dirty || currentLocation.pathname === nextLocation.pathname) return false;
    // Signed out (a 401): the draft is kept for after sign-in, asking would only get in the way.
    if (getCredential() === null) return false;
    // A move into another org (a link, a switch) keeps the draft for when the user comes back.
    const nextOrg = orgSlugOfPath(nextLocation.pathname);
    return nextOrg === undefined || nextOrg === orgSlug;
  });

  const asking = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    void askToConfirm({
      title: 'Discard unsaved changes?',
      message: 'You have unsaved changes. Leave this page and discard them?',
      confirmLabel: 'Discard and leave',
      danger: true,
    }).then((leave) => {
      asking.current = false;
      if (leave) {
        onDiscard();
        blocker.proceed();
      } else blocker.reset();
    });
  }, [blocker, onDiscard]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium before 119 shows the prompt only when the deprecated returnValue is set.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
