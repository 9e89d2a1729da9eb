import * as z from 'zod/mini';
import type { EditableOrgField } from '../../api/contract/org-details';
import { COUNTRIES } from './countries';
import { EDITABLE_FIELDS, FIELD_ORDER, type OrgFormValues } from './org-field-table';

export type OrgFormErrors = Partial<Record<EditableOrgField, string>>;

/**
 * The form's schema: the value rules the server applies, plus "a country from the list".
 * `storedCountry` stays valid even if it is not on the list: it is what the server holds.
 */
export function orgFormSchema(storedCountry = '') {
  const inList = z.refine<string>(
    (code) => code === '' || code === storedCountry || COUNTRIES.has(code),
    'Choose a country from the list.',
  );
  const rules: Record<string, z.ZodMiniType> = Object.fromEntries(
    EDITABLE_FIELDS.map((row) => [
      row.key,
      row.key === 'country' ? row.rule.check(inList) : row.rule,
    ]),
  );
  return z.object(rules);
}

/** One message per invalid field, only for `fields` (the ones the user changed). */
export function validateOrgForm(
  values: OrgFormValues,
  fields: readonly EditableOrgField[],
  storedCountry = '',
): OrgFormErrors {
  const result = orgFormSchema(storedCountry).safeParse(values);
  if (result.success) return {};
  const errors: OrgFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as EditableOrgField;
    if (fields.includes(field) && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

export function firstInvalidField(errors: OrgFormErrors): EditableOrgField | undefined {
  return FIELD_ORDER.find((field) => errors[field]);
}
