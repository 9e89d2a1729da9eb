import { describe, expect, it } from 'vitest';
import { diffOrgForm } from './org-diff';
import type { OrgFormValues } from './org-field-table';

const server: OrgFormValues = {
  name: 'Acme Corporation',
  address1: '1 Main St',
  address2: '',
  city: 'Springfield',
  zipcode: '12345',
  state: 'IL',
  country: 'US',
  phone: '+1 555 0100',
  is_business: true,
  mfaEnforced: false,
};

describe('diffOrgForm', () => {
  it('is empty when nothing changed', () => {
    expect(diffOrgForm(server, { ...server })).toEqual({});
  });

  it('holds only the changed fields', () => {
    expect(diffOrgForm(server, { ...server, city: 'Shelbyville', mfaEnforced: true })).toEqual({
      city: 'Shelbyville',
      mfaEnforced: true,
    });
  });

  it('sends trimmed values and ignores edits that only add spaces', () => {
    expect(
      diffOrgForm(server, { ...server, name: '  Acme Corp  ', city: ' Springfield ' }),
    ).toEqual({ name: 'Acme Corp' });
  });

  it('is clean again after an edit is undone', () => {
    const edited = { ...server, phone: '+1 555 0199', is_business: false };
    expect(diffOrgForm(server, edited)).not.toEqual({});
    expect(diffOrgForm(server, { ...edited, phone: '+1 555 0100', is_business: true })).toEqual({});
  });

  it('sends a cleared field as an empty string', () => {
    expect(diffOrgForm(server, { ...server, address1: '   ' })).toEqual({ address1: '' });
  });
});
