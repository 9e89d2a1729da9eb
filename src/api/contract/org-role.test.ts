import { describe, expect, it } from 'vitest';
import type { ActiveOrg } from './active-org';
import { canEditOrgDetails, isOrgEditorRole } from './org-role';

function activeOrg(role: { slug: string; name?: string }, roleSlug?: string): ActiveOrg {
  return {
    org: {
      slug: 'acme',
      name: 'Acme',
      branding: {},
      navigation: { menu: [], footer: [], quickActions: [] },
      role: { ...role, permissions: [], scopes: [] },
      groups: [],
    },
    permissions: [],
    organizations: [
      { slug: 'other', name: 'Other', roleSlug: 'OWNER', groups: [] },
      { slug: 'acme', name: 'Acme', roleSlug, groups: [] },
    ],
  };
}

describe('the role rule', () => {
  it.each([
    ['OWNER', true],
    ['owner', true],
    ['Owner', true],
    ['ADMINISTRATOR', true],
    ['administrator', true],
    ['Administrator', true],
    ['  ADMINISTRATOR ', true],
    ['MEMBER', false],
    ['VIEWER', false],
    ['admin', false],
    ['OWNERS', false],
    ['org-owner', false],
    ['<string>', false],
    ['', false],
    [undefined, false],
    [null, false],
  ])('%j is an editor role: %s', (spelling, expected) => {
    expect(isOrgEditorRole(spelling)).toBe(expected);
  });

  it.each([
    ['role.slug OWNER', activeOrg({ slug: 'OWNER' }), true],
    ['role.slug owner', activeOrg({ slug: 'owner' }), true],
    ['role.slug Administrator', activeOrg({ slug: 'Administrator' }), true],
    ['role.name Administrator', activeOrg({ slug: 'role_7f3a', name: 'Administrator' }), true],
    ['role.name owner', activeOrg({ slug: '<string>', name: 'owner' }), true],
    [
      'organizations[].roleSlug',
      activeOrg({ slug: '<string>', name: '<string>' }, 'ADMINISTRATOR'),
      true,
    ],
    ['organizations[].roleSlug lower case', activeOrg({ slug: 'r1' }, 'owner'), true],
    ['MEMBER everywhere', activeOrg({ slug: 'MEMBER', name: 'Member' }, 'MEMBER'), false],
    [
      "the documents' placeholders",
      activeOrg({ slug: '<string>', name: '<string>' }, '<string>'),
      false,
    ],
    // Another org's roleSlug says nothing about this one.
    ['OWNER of another org only', activeOrg({ slug: 'VIEWER' }), false],
  ])('%s: editable %s', (_, context, expected) => {
    expect(canEditOrgDetails(context)).toBe(expected);
  });

  it('no org: nothing to edit', () => {
    expect(canEditOrgDetails({ org: null, organizations: [] })).toBe(false);
  });
});
