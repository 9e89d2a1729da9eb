import * as z from 'zod/mini';
import {
  orgFieldRules,
  type EditableOrgField,
  type OrgDetails,
} from '../../api/contract/org-details';
import { COUNTRIES } from './countries';

/** What the form edits: every editable field, never null. */
export type OrgFormValues = {
  name: string;
  address1: string;
  address2: string;
  city: string;
  zipcode: string;
  state: string;
  country: string;
  phone: string;
  is_business: boolean;
  mfaEnforced: boolean;
};

export type OrgTextField = Exclude<EditableOrgField, 'is_business' | 'mfaEnforced'>;

export type OrgFormErrors = Partial<Record<EditableOrgField, string>>;

/** The order of the fields on the page: the first invalid one in this order gets focus. */
export const FIELD_ORDER: readonly EditableOrgField[] = [
  'name',
  'is_business',
  'address1',
  'address2',
  'city',
  'zipcode',
  'state',
  'country',
  'phone',
  'mfaEnforced',
];

export function toFormValues(details: OrgDetails): OrgFormValues {
  return {
    name: details.name,
    address1: details.address1 ?? '',
    address2: details.address2 ?? '',
    city: details.city ?? '',
    zipcode: details.zipcode ?? '',
    state: details.state ?? '',
    country: details.country ?? '',
    phone: details.phone ?? '',
    is_business: details.is_business ?? false,
    mfaEnforced: details.mfaEnforced ?? false,
  };
}

/**
 * The form's schema: the value rules the server applies, plus "a country from the list".
 * `storedCountry` stays valid even if it is not on the list: it is what the server holds.
 */
export function orgFormSchema(storedCountry = '') {
  return z.object({
    ...orgFieldRules,
    country: orgFieldRules.country.check(
      z.refine(
        (code) => code === '' || code === storedCountry || COUNTRIES.has(code),
        'Choose a country from the list.',
      ),
    ),
  });
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
