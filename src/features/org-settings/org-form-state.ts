import type { EditableOrgField, OrgDetails } from '../../api/contract/org-details';
import { sameValue } from './org-diff';
import { FIELD_ORDER, toFormValues, type OrgFormValues } from './org-field-table';

export type OrgFormState = {
  /** The details object the form last took in (react-query keeps its identity while unchanged). */
  source: OrgDetails;
  /** The server's values: what a save is compared against. */
  server: OrgFormValues;
  /** What the user sees and edits. */
  values: OrgFormValues;
  /** Fields the user edited that the server also changed underneath. */
  conflicts: EditableOrgField[];
};

export type OrgFormAction =
  | { type: 'edit'; field: EditableOrgField; value: string | boolean }
  | { type: 'server'; details: OrgDetails }
  | { type: 'restore'; draft: Partial<OrgFormValues> }
  | { type: 'discard' }
  | { type: 'keep-mine' };

export function initOrgForm({ details }: { details: OrgDetails }): OrgFormState {
  const server = toFormValues(details);
  return { source: details, server, values: server, conflicts: [] };
}

/** The fields of a kept draft that differ from the server's values: what restoring would change. */
export function draftChanges(
  server: OrgFormValues,
  draft: Partial<OrgFormValues> | null,
): EditableOrgField[] {
  if (!draft) return [];
  return FIELD_ORDER.filter((f) => draft[f] !== undefined && !sameValue(draft[f], server[f]));
}

export function orgFormReducer(state: OrgFormState, action: OrgFormAction): OrgFormState {
  switch (action.type) {
    case 'edit':
      return { ...state, values: { ...state.values, [action.field]: action.value } };
    case 'restore':
      return { ...state, values: { ...state.values, ...action.draft } };
    case 'discard':
      return { ...state, values: state.server, conflicts: [] };
    case 'keep-mine':
      return { ...state, conflicts: [] };
    case 'server':
      return rebase(state, action.details);
  }
}

/**
 * New server values (a refetch, or our own save) under the form: fields the user did not edit
 * follow the server; edited fields stay as typed, and are reported when the server changed
 * them too. A field whose typed value the server now holds is simply clean again.
 */
function rebase(state: OrgFormState, details: OrgDetails): OrgFormState {
  const next = toFormValues(details);
  const values = { ...state.values };
  const conflicts = new Set(state.conflicts);
  for (const field of FIELD_ORDER) {
    const typed = state.values[field];
    const untouched = sameValue(typed, state.server[field]);
    if (untouched || sameValue(typed, next[field])) {
      setField(values, field, next[field]);
      conflicts.delete(field);
    } else if (!sameValue(next[field], state.server[field])) {
      conflicts.add(field);
    }
  }
  return {
    ...state,
    source: details,
    server: next,
    values,
    conflicts: FIELD_ORDER.filter((field) => conflicts.has(field)),
  };
}

function setField(values: OrgFormValues, field: EditableOrgField, value: string | boolean) {
  Object.assign(values, { [field]: value });
}
