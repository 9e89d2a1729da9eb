import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from '../../api/contract/active-org';
import { renameInActiveOrg } from './update-org-mutation';

const activeOrg = {
  org: { id: 'org_acme', slug: 'acme', name: 'Acme', role: { slug: 'OWNER' } },
  permissions: ['*'],
  organizations: [
    { slug: 'acme', name: 'Acme', groups: [] },
    { slug: 'globex', name: 'Globex', groups: [] },
  ],
} as unknown as ActiveOrg;

describe('renameInActiveOrg', () => {
  it('renames the saved org everywhere the active-org response names it', () => {
    const next = renameInActiveOrg(activeOrg, 'acme', 'Acme Ltd');
    expect(next?.org?.name).toBe('Acme Ltd');
    expect(next?.organizations.map((o) => o.name)).toEqual(['Acme Ltd', 'Globex']);
  });

  it('leaves the current org alone when the save was for another one', () => {
    const next = renameInActiveOrg(activeOrg, 'globex', 'Globex Inc');
    expect(next?.org?.name).toBe('Acme');
    expect(next?.organizations.map((o) => o.name)).toEqual(['Acme', 'Globex Inc']);
  });
});
