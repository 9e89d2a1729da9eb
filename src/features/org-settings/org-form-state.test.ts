import { describe, expect, it } from 'vitest';
import type { OrgDetails } from '../../api/contract/org-details';
import { draftChanges, initOrgForm, orgFormReducer } from './org-form-state';

const details: OrgDetails = { id: 'org_acme', name: 'Acme', city: 'Springfield', phone: '' };

describe('orgFormReducer', () => {
  it('lets a refetch update untouched fields and never a field being edited', () => {
    let state = initOrgForm({ details });
    state = orgFormReducer(state, { type: 'edit', field: 'phone', value: '+1 555 0100' });
    state = orgFormReducer(state, {
      type: 'server',
      details: { ...details, city: 'Shelbyville', phone: '+1 555 0199' },
    });
    expect(state.values.city).toBe('Shelbyville');
    expect(state.values.phone).toBe('+1 555 0100');
    expect(state.server.phone).toBe('+1 555 0199');
    expect(state.conflicts).toEqual(['phone']);

    expect(orgFormReducer(state, { type: 'keep-mine' }).values.phone).toBe('+1 555 0100');
    const loaded = orgFormReducer(state, { type: 'discard' });
    expect(loaded.values.phone).toBe('+1 555 0199');
    expect(loaded.conflicts).toEqual([]);
  });

  it('does not call our own save a conflict', () => {
    let state = initOrgForm({ details });
    state = orgFormReducer(state, { type: 'edit', field: 'city', value: ' Ogdenville ' });
    state = orgFormReducer(state, { type: 'server', details: { ...details, city: 'Ogdenville' } });
    expect(state.values.city).toBe('Ogdenville');
    expect(state.conflicts).toEqual([]);
  });

  it('restores a kept draft over the server values, and names only what it changes', () => {
    let state = initOrgForm({ details });
    expect(draftChanges(state.server, { city: 'North Haverbrook', phone: '' })).toEqual(['city']);
    expect(draftChanges(state.server, { city: 'Springfield' })).toEqual([]);
    state = orgFormReducer(state, { type: 'restore', draft: { city: 'North Haverbrook' } });
    expect(state.values.city).toBe('North Haverbrook');
    expect(state.server.city).toBe('Springfield');
  });
});
