import { describe, expect, it } from 'vitest';
import { orgPath, orgSlugOfPath, pathInOrg } from './org-path';

describe('org paths', () => {
  it('builds an org URL with the slug encoded', () => {
    expect(orgPath('acme')).toBe('/o/acme');
    expect(orgPath('a b/c', '/members')).toBe('/o/a%20b%2Fc/members');
    expect(orgPath('acme', 'workspaces/new')).toBe('/o/acme/workspaces/new');
  });

  it('reads the slug and the path inside the org back', () => {
    expect(orgSlugOfPath('/o/a%20b%2Fc/members')).toBe('a b/c');
    expect(orgSlugOfPath('/sign-in')).toBeUndefined();
    expect(pathInOrg('/o/acme')).toBe('');
    expect(pathInOrg('/o/acme/')).toBe('');
    expect(pathInOrg('/o/acme/workspaces/new')).toBe('workspaces/new');
  });
});
