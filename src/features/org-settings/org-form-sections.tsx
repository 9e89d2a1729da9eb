import type { EditableOrgField, OrgDetails } from '../../api/contract/org-details';
import { CheckboxField, CountryField, ReadOnlyField, TextField } from './org-fields';
import type { OrgFormErrors, OrgFormValues, OrgTextField } from './org-form-values';

type OrgFormSectionsProps = {
  values: OrgFormValues;
  storedCountry: string;
  errors: OrgFormErrors;
  readOnly: boolean;
  onEdit: (field: EditableOrgField, value: string | boolean) => void;
  onMfaChange: (checked: boolean) => void;
  details: OrgDetails;
};

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date);
}

/** The fields of the settings form, grouped the way people look for them. */
export function OrgFormSections({
  values,
  storedCountry,
  errors,
  readOnly,
  onEdit,
  onMfaChange,
  details,
}: OrgFormSectionsProps) {
  const text = (field: OrgTextField) => ({
    name: field,
    value: values[field],
    error: errors[field],
    readOnly,
    onChange: (value: string) => onEdit(field, value),
  });

  return (
    <>
      <fieldset className="org-section">
        <legend>General</legend>
        <TextField label="Name" autoComplete="organization" {...text('name')} />
        <CheckboxField
          name="is_business"
          label="Business organization"
          hint="A company or other legal entity, rather than a person or a community."
          checked={values.is_business}
          readOnly={readOnly}
          onChange={(checked) => onEdit('is_business', checked)}
        />
      </fieldset>

      <fieldset className="org-section">
        <legend>Address</legend>
        <div className="org-grid">
          <TextField label="Address line 1" autoComplete="address-line1" {...text('address1')} />
          <TextField label="Address line 2" autoComplete="address-line2" {...text('address2')} />
          <TextField label="City" autoComplete="address-level2" {...text('city')} />
          <TextField label="ZIP / Postal code" autoComplete="postal-code" {...text('zipcode')} />
          <TextField label="State / Province" autoComplete="address-level1" {...text('state')} />
          <CountryField
            value={values.country}
            stored={storedCountry}
            error={errors.country}
            readOnly={readOnly}
            onChange={(value) => onEdit('country', value)}
          />
        </div>
      </fieldset>

      <fieldset className="org-section">
        <legend>Contact</legend>
        <TextField
          label="Phone"
          type="tel"
          autoComplete="tel"
          hint="With the country code, for example +1 555 0100."
          {...text('phone')}
        />
      </fieldset>

      <fieldset className="org-section">
        <legend>Security</legend>
        <CheckboxField
          name="mfaEnforced"
          label="Enforce multi-factor authentication"
          hint="Members without multi-factor authentication are locked out until they set it up."
          checked={values.mfaEnforced}
          readOnly={readOnly}
          onChange={onMfaChange}
        />
      </fieldset>

      <fieldset className="org-section org-section-managed">
        <legend>Managed by the platform</legend>
        <p className="org-field-hint">These details are read-only here.</p>
        <div className="org-grid">
          <ReadOnlyField name="domain" label="Domain" value={details.domain ?? ''} />
          <ReadOnlyField name="website" label="Website" value={details.website ?? ''} />
          <ReadOnlyField
            name="reposDisabled"
            label="Repositories disabled"
            value={details.reposDisabled ? 'Yes' : 'No'}
          />
          {details.deletedAt && (
            <ReadOnlyField
              name="deletedAt"
              label="Deleted at"
              value={formatDate(details.deletedAt)}
            />
          )}
        </div>
      </fieldset>
    </>
  );
}
