import { useMemo, type InputHTMLAttributes, type ReactNode } from 'react';
import { countryOptions } from './countries';
import { CountryCombobox } from './country-combobox';

const fieldId = (name: string) => `org-field-${name}`;
const errorId = (name: string) => `org-field-${name}-error`;

type FieldShellProps = {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: ReactNode;
};

function FieldShell({ name, label, error, hint, children }: FieldShellProps) {
  return (
    <div className="org-field">
      <label htmlFor={fieldId(name)}>{label}</label>
      {hint && (
        <p id={`${fieldId(name)}-hint`} className="org-field-hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={errorId(name)} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria-* that tie a control to its hint and error. */
function describe(name: string, error: string | undefined, hint: string | undefined) {
  const ids = [hint && `${fieldId(name)}-hint`, error && errorId(name)].filter(Boolean);
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
  } as const;
}

type TextFieldProps = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  error: string | undefined;
  hint: string | undefined;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'autoComplete' | 'inputMode' | 'type'>;

export function TextField({
  name,
  label,
  value,
  onChange,
  readOnly,
  error,
  hint,
  ...input
}: TextFieldProps) {
  return (
    <FieldShell name={name} label={label} error={error} hint={hint}>
      <input
        id={fieldId(name)}
        name={name}
        value={value}
        readOnly={readOnly}
        onChange={(event) => onChange(event.target.value)}
        {...describe(name, error, hint)}
        {...input}
      />
    </FieldShell>
  );
}

type CountryFieldProps = {
  value: string;
  stored: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  error: string | undefined;
};

export function CountryField({ value, stored, onChange, readOnly, error }: CountryFieldProps) {
  const options = useMemo(() => countryOptions(stored), [stored]);
  return (
    <FieldShell name="country" label="Country" error={error}>
      <CountryCombobox
        id={fieldId('country')}
        options={options}
        value={value}
        readOnly={readOnly}
        onChange={onChange}
        describedBy={describe('country', error, undefined)}
      />
    </FieldShell>
  );
}

type CheckboxFieldProps = {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  readOnly: boolean;
  hint: string;
};

export function CheckboxField({
  name,
  label,
  checked,
  onChange,
  readOnly,
  hint,
}: CheckboxFieldProps) {
  return (
    <div className="org-checkbox">
      <input
        type="checkbox"
        id={fieldId(name)}
        name={name}
        checked={checked}
        disabled={readOnly}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${fieldId(name)}-hint`}
      />
      <label htmlFor={fieldId(name)}>{label}</label>
      <p id={`${fieldId(name)}-hint`} className="org-field-hint">
        {hint}
      </p>
    </div>
  );
}

/** A value the console shows but never sends: the platform manages it. */
export function ReadOnlyField({
  name,
  label,
  value,
}: {
  name: string;
  label: string;
  value: string;
}) {
  return (
    <FieldShell name={name} label={label}>
      <input id={fieldId(name)} name={name} value={value} readOnly />
    </FieldShell>
  );
}

export function focusField(form: HTMLFormElement | null, name: string): void {
  const control = form?.querySelector<HTMLElement>(`#${fieldId(name)}`);
  control?.focus();
}
