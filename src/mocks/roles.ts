export type RoleSlug = 'OWNER' | 'ADMINISTRATOR' | 'MEMBER' | 'VIEWER';

export const ROLES: Record<RoleSlug, { name: string; permissions: string[]; scopes: string[] }> = {
  OWNER: { name: 'Owner', permissions: ['*'], scopes: ['org'] },
  ADMINISTRATOR: {
    name: 'Administrator',
    permissions: [
      'org:read',
      'org:update',
      'members:read',
      'members:manage',
      'workspaces:read',
      'workspaces:create',
      'billing:read',
      'agents:use',
      'templates:use',
      'audit:read',
    ],
    scopes: ['org'],
  },
  MEMBER: {
    name: 'Member',
    permissions: [
      'org:read',
      'members:read',
      'workspaces:read',
      'workspaces:create',
      'agents:use',
      'templates:use',
    ],
    scopes: ['workspaces'],
  },
  VIEWER: { name: 'Viewer', permissions: ['org:read', 'workspaces:read'], scopes: ['workspaces'] },
};
