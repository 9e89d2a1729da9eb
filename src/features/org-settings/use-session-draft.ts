import { useEffect, useRef } from 'react';
import type { OrgUpdate } from '../../api/contract/org-details';
import { getCredential } from '../../api/credential';
import { clearDraft, saveDraft } from './draft-storage';

/**
 * Keeps the unsaved changes of `orgRef` when the form goes away because the session ended
 * (a 401 anywhere signs out, which unmounts the page); any other way out forgets them.
 * The draft read at mount is consumed here, after the form took it in.
 */
export function useSessionDraft(orgRef: string, changes: OrgUpdate): void {
  const latest = useRef(changes);
  useEffect(() => {
    latest.current = changes;
  });

  useEffect(() => {
    clearDraft(orgRef);
    return () => {
      if (getCredential() === null && Object.keys(latest.current).length > 0) {
        saveDraft(orgRef, latest.current);
      }
    };
  }, [orgRef]);
}
