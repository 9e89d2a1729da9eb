import { OrgDraftSchema, type OrgFormValues } from './org-field-table';

// Session storage, so a draft lives as long as the tab and never reaches another browser profile.
const draftKey = (orgId: string) => `org-console.org-settings-draft.${orgId}`;

export type OrgDraft = Partial<OrgFormValues>;

export function saveDraft(orgId: string, draft: OrgDraft): void {
  try {
    sessionStorage.setItem(draftKey(orgId), JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: nothing more we can keep.
  }
}

/** The draft kept for this org, if any (and readable: storage is not trusted). */
export function loadDraft(orgId: string): OrgDraft | null {
  try {
    const raw = sessionStorage.getItem(draftKey(orgId));
    if (!raw) return null;
    const parsed = OrgDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearDraft(orgId: string): void {
  try {
    sessionStorage.removeItem(draftKey(orgId));
  } catch {
    // Unavailable storage holds no draft.
  }
}
