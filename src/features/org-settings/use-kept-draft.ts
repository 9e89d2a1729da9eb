import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrgUpdate } from '../../api/contract/org-details';
import { getCredential, getIdentity } from '../../api/credential';
import { announce } from '../../components/ui/announcer';
import { shortName } from '../../lib/short-name';
import { clearDraft, loadDraft, saveDraft, type OrgDraft } from './draft-storage';
import { draftChanges } from './org-form-state';
import type { OrgFormValues } from './org-field-table';

/**
 * Keeps the form's unsaved changes for the person who typed them and the org they belong to,
 * whatever way the form goes away (another tab's switch, a link, a 401, a reload, a crash):
 * they are written as they change and removed only once saved or when the user chooses to
 * discard them. A draft kept from before is offered back rather than applied unasked.
 */
export function useKeptDraft(
  orgRef: string,
  orgName: string,
  server: OrgFormValues,
  changes: OrgUpdate,
) {
  // Whoever opened the form owns what is typed in it, even once their session has ended.
  const [identity] = useState(getIdentity);
  const [offer, setOffer] = useState<OrgDraft | null>(() =>
    identity ? loadDraft(identity, orgRef) : null,
  );
  const offered = draftChanges(server, offer);
  // The user agreed to throw the changes away when leaving (switch, or a page of this org): the
  // draft goes once the form does, unless the session ended meanwhile (a 401 keeps it).
  const discardOnLeave = useRef(false);
  const kept = JSON.stringify(offered.length > 0 ? { ...offer, ...changes } : changes);
  const typed = Object.keys(changes).length > 0;

  useEffect(() => {
    // Typing on (after a switch that failed) takes back the agreement to discard.
    discardOnLeave.current = false;
    if (!identity) return;
    if (kept === '{}') clearDraft(identity, orgRef);
    else saveDraft(identity, orgRef, JSON.parse(kept) as OrgDraft);
  }, [identity, orgRef, kept]);

  // The tab is taken elsewhere (another tab's switch, a link, a 401): say what was kept.
  const leaving = useRef({ typed, orgName });
  useEffect(() => {
    leaving.current = { typed, orgName };
  });
  useEffect(
    () => () => {
      if (discardOnLeave.current && getCredential() !== null) {
        if (identity) clearDraft(identity, orgRef);
        return;
      }
      if (!leaving.current.typed) return;
      announce(
        `Your unsaved changes to ${shortName(leaving.current.orgName)} were kept. Open its settings again to restore them.`,
      );
    },
    [identity, orgRef],
  );

  /** The user agreed to throw the changes away on leaving (switching, or after the question). */
  const discardKept = useCallback(() => {
    discardOnLeave.current = true;
  }, []);

  const offeredDraft =
    offer && offered.length > 0
      ? (Object.fromEntries(offered.map((f) => [f, offer[f]])) as OrgDraft)
      : null;
  return {
    /** The kept draft's changes to offer back, or null. */
    offered: offeredDraft,
    offeredFields: offered,
    answerOffer: () => setOffer(null),
    discardKept,
  };
}
