export type RoleSlug = 'OWNER' | 'ADMINISTRATOR' | 'MEMBER' | 'VIEWER';

/**
 * The documents name no permission strings (seeds/003 prints `"<string>"`), so the mock's orgs
 * spell theirs in different ways, and nothing in the console can depend on one spelling:
 * `colon` (`workspaces:read`), `dotted` (`workspaces.read`), or `documents`, where every
 * permission is the documents' own placeholder `"<string>"`.
 */
export type Vocabulary = 'colon' | 'dotted' | 'documents';

/** A permission in the given vocabulary; the fixtures write them as `resource:action`. */
export function spell(permission: string, vocabulary: Vocabulary): string {
  if (vocabulary === 'documents') return '<string>';
  return vocabulary === 'dotted' ? permission.replace(':', '.') : permission;
}

export function spellAll(permissions: readonly string[], vocabulary: Vocabulary): string[] {
  return [...new Set(permissions.map((permission) => spell(permission, vocabulary)))];
}

const MEMBER = [
  'members:read',
  'workspaces:read',
  'workspaces:create',
  'agents:use',
  'templates:use',
];
const ADMINISTRATOR = [...MEMBER, 'members:manage', 'billing:read', 'audit:read'];

type RoleDefinition = { name: string; permissions: string[]; scopes: string[] };

export const ROLES: Record<RoleSlug, RoleDefinition> = {
  OWNER: { name: 'Owner', permissions: [...ADMINISTRATOR, 'billing:manage'], scopes: ['org'] },
  ADMINISTRATOR: { name: 'Administrator', permissions: ADMINISTRATOR, scopes: ['org'] },
  MEMBER: { name: 'Member', permissions: MEMBER, scopes: ['workspaces'] },
  VIEWER: { name: 'Viewer', permissions: ['workspaces:read'], scopes: ['workspaces'] },
};

/** A membership's role (Dora Documented's are the documents' own values, not roles of this table). */
export function roleDefinition(role: string): RoleDefinition | undefined {
  return (ROLES as Partial<Record<string, RoleDefinition>>)[role];
}
