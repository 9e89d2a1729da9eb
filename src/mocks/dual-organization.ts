import type { DualSwitchResponse } from '../api/contract/profiles/dual';
import { roleDefinition } from './roles';
import type { Membership, MockOrg, MockUser } from './seed';

type DualOrganization = DualSwitchResponse['organization'];
type DualPermission = NonNullable<DualOrganization['roles']>[number]['permissions'][number];

const WHEN = '2024-01-15T09:30:00Z';
const RESOURCES = ['members', 'workspaces', 'billing', 'agents', 'templates', 'audit'];

/** A role's permission list (`resource:action`) as DUAL's per-resource CRUD flags. */
function crudPermissions(permissions: string[]): DualPermission[] {
  const has = (resource: string, actions: string[]) =>
    actions.some((a) => permissions.includes(`${resource}:${a}`));
  return RESOURCES.map((resource) => ({
    resource,
    crud: {
      read: has(resource, ['read', 'use']),
      create: has(resource, ['create', 'manage']),
      update: has(resource, ['update', 'manage']),
      delete: has(resource, ['manage']),
    },
  }));
}

/** seeds/002's organization object, every field of the document's example filled in. */
export function dualOrganization(
  org: MockOrg,
  members: { user: MockUser; membership: Membership }[],
): DualOrganization {
  const roleSlugs = [...new Set(members.map((m) => m.membership.role))];
  return {
    id: org.details.id,
    fqdn: org.details.domain ?? `${org.slug}.example.com`,
    name: org.details.name,
    image: {
      id: `img_${org.slug}`,
      name: `${org.slug}-logo.png`,
      type: 'image/png',
      url: `https://${org.slug}.example.com/logo.png`,
      hash: `sha256-${org.slug}`,
      is_public: true,
      when_created: WHEN,
    },
    members: members.map(({ user, membership }) => ({
      id: user.id,
      wallet_id: `wal_${user.id}`,
      email: `${user.id.replace(/^usr_/, '')}@example.com`,
      invite_status: 'accepted',
      role_name: membership.role,
      when_created: WHEN,
      when_modified: WHEN,
    })),
    roles: roleSlugs.map((slug) => ({
      id: `role_${slug.toLowerCase()}`,
      name: slug,
      description: roleDefinition(slug)?.name ?? slug,
      permissions: crudPermissions(roleDefinition(slug)?.permissions ?? []),
      when_created: WHEN,
      when_modified: WHEN,
    })),
    description: `${org.details.name} on the mock DUAL backend`,
    account: { address: `0x${org.slug}`, public_key: `ed25519:${org.slug}`, type: 'ED25519' },
    when_created: WHEN,
    when_modified: WHEN,
  };
}
