import * as z from 'zod/mini';
import {
  orgFieldRules,
  type EditableOrgField,
  type OrgDetails,
} from '../../api/contract/org-details';

export type OrgSection = 'General' | 'Address' | 'Contact' | 'Security' | 'Managed by the platform';
type Input = 'text' | 'tel' | 'country' | 'checkbox';

type EditableRow<K extends EditableOrgField> = {
  key: K;
  label: string;
  section: OrgSection;
  input: Input;
  /** The value rule the server applies too (api/contract/org-details.ts, shared with the mock). */
  rule: (typeof orgFieldRules)[K];
  autoComplete?: string;
  hint?: string;
};
type ReadOnlyRow = {
  key: 'domain' | 'website' | 'reposDisabled' | 'deletedAt';
  label: string;
  section: 'Managed by the platform';
};

const editable = <K extends EditableOrgField>(
  key: K,
  row: Omit<EditableRow<K>, 'key' | 'rule'>,
): EditableRow<K> => ({ key, rule: orgFieldRules[key], ...row });

/**
 * Every field of the org form, in page order: key, label, section, how it is edited and its
 * value rule. The form values, their schema, the draft schema, the diff, the labels and the
 * sections on the page all derive from this table.
 */
export const ORG_FIELD_TABLE = [
  editable('name', {
    label: 'Name',
    section: 'General',
    input: 'text',
    autoComplete: 'organization',
  }),
  editable('is_business', {
    label: 'Business organization',
    section: 'General',
    input: 'checkbox',
    hint: 'A company or other legal entity, rather than a person or a community.',
  }),
  editable('address1', {
    label: 'Address line 1',
    section: 'Address',
    input: 'text',
    autoComplete: 'address-line1',
  }),
  editable('address2', {
    label: 'Address line 2',
    section: 'Address',
    input: 'text',
    autoComplete: 'address-line2',
  }),
  editable('city', {
    label: 'City',
    section: 'Address',
    input: 'text',
    autoComplete: 'address-level2',
  }),
  editable('zipcode', {
    label: 'ZIP / Postal code',
    section: 'Address',
    input: 'text',
    autoComplete: 'postal-code',
  }),
  editable('state', {
    label: 'State / Province',
    section: 'Address',
    input: 'text',
    autoComplete: 'address-level1',
  }),
  editable('country', {
    label: 'Country',
    section: 'Address',
    input: 'country',
    autoComplete: 'country',
  }),
  editable('phone', {
    label: 'Phone',
    section: 'Contact',
    input: 'tel',
    autoComplete: 'tel',
    hint: 'With the country code, for example +1 555 0100.',
  }),
  editable('mfaEnforced', {
    label: 'Enforce multi-factor authentication',
    section: 'Security',
    input: 'checkbox',
    hint: 'Members without multi-factor authentication are locked out until they set it up.',
  }),
  { key: 'domain', label: 'Domain', section: 'Managed by the platform' },
  { key: 'website', label: 'Website', section: 'Managed by the platform' },
  { key: 'reposDisabled', label: 'Repositories disabled', section: 'Managed by the platform' },
  { key: 'deletedAt', label: 'Deleted at', section: 'Managed by the platform' },
] as const satisfies readonly (EditableRow<EditableOrgField> | ReadOnlyRow)[];

export type OrgFieldRow = (typeof ORG_FIELD_TABLE)[number];
export type EditableOrgFieldRow = Extract<OrgFieldRow, { rule: unknown }>;

/** The fields a user may change, in page order (the first invalid one gets focus). */
export const EDITABLE_FIELDS: readonly EditableOrgFieldRow[] = ORG_FIELD_TABLE.filter(
  (row): row is EditableOrgFieldRow => 'rule' in row,
);
export const FIELD_ORDER: readonly EditableOrgField[] = EDITABLE_FIELDS.map((row) => row.key);

// Compile-time check: the table names every field the contract lets a user change.
type MissingFromTable = Exclude<EditableOrgField, EditableOrgFieldRow['key']>;
export const TABLE_IS_COMPLETE: [MissingFromTable] extends [never] ? true : MissingFromTable = true;

/** What the form edits: every editable field, never null. */
export type OrgFormValues = { [K in EditableOrgField]: z.output<(typeof orgFieldRules)[K]> };

const isCheckbox = (row: EditableOrgFieldRow) => row.input === 'checkbox';

export function toFormValues(details: OrgDetails): OrgFormValues {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((row) => [row.key, details[row.key] ?? (isCheckbox(row) ? false : '')]),
  ) as OrgFormValues;
}

/** What may be kept of a draft (storage is not trusted): any editable field, of its own type. */
export const OrgDraftSchema = z.object(
  Object.fromEntries(
    EDITABLE_FIELDS.map((row) => [
      row.key,
      z.exactOptional(isCheckbox(row) ? z.boolean() : z.string()),
    ]),
  ) as {
    [K in EditableOrgField]: z.ZodMiniExactOptional<
      OrgFormValues[K] extends boolean ? z.ZodMiniBoolean : z.ZodMiniString
    >;
  },
);

const LABELS = new Map<string, string>(ORG_FIELD_TABLE.map((row) => [row.key, row.label]));

/** "Name, City": the labels of `fields`, for messages about them. */
export const fieldLabels = (fields: readonly EditableOrgField[]) =>
  fields.map((field) => LABELS.get(field) ?? field).join(', ');
