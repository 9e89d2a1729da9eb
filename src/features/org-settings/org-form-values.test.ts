import { describe, expect, it } from 'vitest';
import { countryName, countryOptions, COUNTRIES } from './countries';
import { toFormValues, type OrgFormValues } from './org-field-table';
import { firstInvalidField, validateOrgForm } from './org-form-values';

const valid: OrgFormValues = {
  name: 'Acme',
  address1: '',
  address2: '',
  city: '',
  zipcode: '',
  state: '',
  country: '',
  phone: '',
  is_business: false,
  mfaEnforced: false,
};
const ALL = Object.keys(valid) as (keyof OrgFormValues)[];

describe('the org form schema', () => {
  it('accepts empty optional fields', () => {
    expect(validateOrgForm(valid, ALL)).toEqual({});
  });

  it('requires a name, after trimming', () => {
    expect(validateOrgForm({ ...valid, name: '   ' }, ALL)).toEqual({
      name: 'Enter the organization name.',
    });
  });

  it('limits lengths', () => {
    const errors = validateOrgForm({ ...valid, name: 'x'.repeat(101), city: 'y'.repeat(101) }, ALL);
    expect(errors.name).toBe('Use at most 100 characters.');
    expect(errors.city).toBe('Use at most 100 characters.');
  });

  it.each(['+1 555 0100', '+44 (20) 7946-0958', '030 1234567', '+81-3-1234-5678'])(
    'accepts the phone number %s',
    (phone) => expect(validateOrgForm({ ...valid, phone }, ALL)).toEqual({}),
  );

  it.each(['abc', '12', '++1 555', '555-CALL-NOW'])('rejects the phone number %s', (phone) => {
    expect(validateOrgForm({ ...valid, phone }, ALL).phone).toMatch(/valid phone/);
  });

  it.each(['12345', 'SW1A 1AA', 'K1A 0B6', '1010', '100-0001'])(
    'accepts the postal code %s',
    (zipcode) => expect(validateOrgForm({ ...valid, zipcode }, ALL)).toEqual({}),
  );

  it.each(['!!!', '-123', '1234567890123'])('rejects the postal code %s', (zipcode) => {
    expect(validateOrgForm({ ...valid, zipcode }, ALL).zipcode).toBeDefined();
  });

  it('takes a country from the list only, but keeps the stored one valid', () => {
    expect(validateOrgForm({ ...valid, country: 'DE' }, ALL)).toEqual({});
    expect(validateOrgForm({ ...valid, country: 'XX' }, ALL).country).toBe(
      'Choose a country from the list.',
    );
    expect(validateOrgForm({ ...valid, country: 'XK' }, ALL, 'XK')).toEqual({});
    expect(validateOrgForm({ ...valid, country: 'us' }, ALL).country).toBeDefined();
  });

  it('reports only the fields asked about (the ones the user changed)', () => {
    const stored = { ...valid, phone: 'legacy value', city: 'z'.repeat(150) };
    expect(validateOrgForm(stored, ['name'])).toEqual({});
    expect(Object.keys(validateOrgForm(stored, ['phone', 'city']))).toEqual(['city', 'phone']);
  });

  it('finds the first invalid field in page order', () => {
    expect(firstInvalidField({ phone: 'x', name: 'y' })).toBe('name');
    expect(firstInvalidField({})).toBeUndefined();
  });

  it('reads null server values as empty', () => {
    expect(toFormValues({ id: 'o', name: 'N', city: null, mfaEnforced: null })).toEqual({
      ...valid,
      name: 'N',
    });
  });
});

describe('countries', () => {
  it('lists the ISO 3166-1 alpha-2 codes with readable names, sorted', () => {
    expect(COUNTRIES.size).toBe(249);
    expect(countryName('DE')).toBe('Germany');
    const options = countryOptions();
    const names = options.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countryOptions('XK').some((option) => option.code === 'XK')).toBe(true);
  });
});
