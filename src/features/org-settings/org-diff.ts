import type { OrgUpdate } from '../../api/contract/org-details';
import { FIELD_ORDER, type OrgFormValues } from './org-field-table';

type FieldValue = string | boolean;

const normalize = (value: FieldValue): FieldValue =>
  typeof value === 'string' ? value.trim() : value;

/** Whether two values of a field mean the same to the server (surrounding spaces do not count). */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  return normalize(a) === normalize(b);
}

/**
 * The PUT body: only the editable fields whose (trimmed) value differs from the server's.
 * Empty when the user undid every edit, which is what makes the form clean again.
 */
export function diffOrgForm(server: OrgFormValues, current: OrgFormValues): OrgUpdate {
  const changes: Record<string, FieldValue> = {};
  for (const field of FIELD_ORDER) {
    if (!sameValue(server[field], current[field])) changes[field] = normalize(current[field]);
  }
  return changes;
}

export function changedFields(changes: OrgUpdate): (keyof OrgUpdate)[] {
  return Object.keys(changes) as (keyof OrgUpdate)[];
}
