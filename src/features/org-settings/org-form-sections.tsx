import type { EditableOrgField, OrgDetails } from '../../api/contract/org-details';
import { CheckboxField, CountryField, ReadOnlyField, TextField } from './org-fields';
import {
  ORG_FIELD_TABLE,
  type EditableOrgFieldRow,
  type OrgFieldRow,
  type OrgFormValues,
  type OrgSection,
} from './org-field-table';
import type { OrgFormErrors } from './org-form-values';

type OrgFormSectionsProps = {
  values: OrgFormValues;
  storedCountry: string;
  errors: OrgFormErrors;
  readOnly: boolean;
  onEdit: (field: EditableOrgField, value: string | boolean) => void;
  onMfaChange: (checked: boolean) => void;
  details: OrgDetails;
};

// Sections whose fields sit side by side on wide screens.
const GRID: ReadonlySet<OrgSection> = new Set(['Address', 'Managed by the platform']);
const SECTIONS = [...new Set(ORG_FIELD_TABLE.map((row) => row.section))];

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
}

/** The fields of the settings form (ORG_FIELD_TABLE), grouped the way people look for them. */
export function OrgFormSections(props: OrgFormSectionsProps) {
  return (
    <>
      {SECTIONS.map((section) => {
        const rows = ORG_FIELD_TABLE.filter((row) => row.section === section);
        const fields = rows.map((row) => <Field key={row.key} row={row} {...props} />);
        const managed = section === 'Managed by the platform';
        return (
          <fieldset
            key={section}
            className={managed ? 'org-section org-section-managed' : 'org-section'}
          >
            <legend>{section}</legend>
            {managed && <p className="org-field-hint">These details are read-only here.</p>}
            {GRID.has(section) ? <div className="org-grid">{fields}</div> : fields}
          </fieldset>
        );
      })}
    </>
  );
}

function Field({ row, ...props }: OrgFormSectionsProps & { row: OrgFieldRow }) {
  if (!('rule' in row)) return <ManagedField row={row} details={props.details} />;
  return <EditableField row={row} {...props} />;
}

function EditableField({ row, ...props }: OrgFormSectionsProps & { row: EditableOrgFieldRow }) {
  const { values, errors, readOnly, onEdit } = props;
  const value = values[row.key];
  const hint = 'hint' in row ? row.hint : undefined;
  if (typeof value === 'boolean') {
    return (
      <CheckboxField
        name={row.key}
        label={row.label}
        hint={hint ?? ''}
        checked={value}
        readOnly={readOnly}
        // Turning MFA on asks first (it locks members out).
        onChange={(checked) =>
          row.key === 'mfaEnforced' ? props.onMfaChange(checked) : onEdit(row.key, checked)
        }
      />
    );
  }
  if (row.input === 'country') {
    return (
      <CountryField
        value={value}
        stored={props.storedCountry}
        error={errors.country}
        readOnly={readOnly}
        onChange={(next) => onEdit('country', next)}
      />
    );
  }
  return (
    <TextField
      name={row.key}
      label={row.label}
      value={value}
      error={errors[row.key]}
      hint={hint}
      readOnly={readOnly}
      onChange={(next) => onEdit(row.key, next)}
      autoComplete={'autoComplete' in row ? row.autoComplete : undefined}
      type={row.input === 'tel' ? 'tel' : undefined}
    />
  );
}

/** A value the platform manages: shown, never sent. */
function ManagedField({
  row,
  details,
}: {
  row: Exclude<OrgFieldRow, EditableOrgFieldRow>;
  details: OrgDetails;
}) {
  if (row.key === 'reposDisabled') {
    return (
      <ReadOnlyField
        name={row.key}
        label={row.label}
        value={details.reposDisabled ? 'Yes' : 'No'}
      />
    );
  }
  const value = details[row.key];
  if (row.key === 'deletedAt') {
    return value ? (
      <ReadOnlyField name={row.key} label={row.label} value={formatDate(value)} />
    ) : null;
  }
  return <ReadOnlyField name={row.key} label={row.label} value={value ?? ''} />;
}
