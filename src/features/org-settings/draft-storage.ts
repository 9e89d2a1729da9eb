import { identityKey } from '../../lib/identity-storage';
import { OrgDraftSchema, type OrgFormValues } from './org-field-table';

// Session storage, so a draft lives as long as the tab and never reaches another browser profile;
// keyed by who typed it and for which org, so nobody else is ever offered it.
const draftKey = (identity: string, orgId: string) =>
  identityKey(`org-settings-draft.${orgId}`, identity) ?? '';

export type OrgDraft = Partial<OrgFormValues>;

export function saveDraft(identity: string, orgId: string, draft: OrgDraft): void {
  try {
    sessionStorage.setItem(draftKey(identity, orgId), JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: nothing more we can keep.
  }
}

/** The draft kept for this org, if any (and readable: storage is not trusted). */
export function loadDraft(identity: string, orgId: string): OrgDraft | null {
  try {
    const raw = sessionStorage.getItem(draftKey(identity, orgId));
    if (!raw) return null;
    const parsed = OrgDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearDraft(identity: string, orgId: string): void {
  try {
    sessionStorage.removeItem(draftKey(identity, orgId));
  } catch {
    // Unavailable storage holds no draft.
  }
}
