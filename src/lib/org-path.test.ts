import { describe, expect, it } from 'vitest';
import { orgPath, orgSlugOfPath, pathInOrg } from './org-path';

describe('org paths', () => {
  it('builds an org URL with the slug encoded', () => {
    expect(orgPath('acme')).toBe('/o/acme');
    expect(orgPath('a b/c', '/members')).toBe('/o/a%20b%2Fc/members');
    expect(orgPath('acme', 'workspaces/new')).toBe('/o/acme/workspaces/new');
  });

  it('reads the slug and the path inside the org back', () => {
    expect(orgSlugOfPath('/o/a%20b/members')).toBe('a b');
    expect(orgSlugOfPath('/sign-in')).toBeUndefined();
    expect(pathInOrg('/o/acme')).toBe('');
    expect(pathInOrg('/o/acme/')).toBe('');
    expect(pathInOrg('/o/acme/workspaces/new')).toBe('workspaces/new');
  });

  it('reads no slug from a malformed or escaping path, and does not throw', () => {
    expect(orgSlugOfPath('/o/%E0%A4%A/settings')).toBeUndefined();
    expect(orgSlugOfPath('/o/acme/%2e%2e/%2e%2e/sign-out')).toBeUndefined();
    expect(orgSlugOfPath('/o/acme/%2e%2e/globex/settings')).toBe('globex');
  });
});
