import type { ActiveOrg } from './active-org';

// seeds/004: "Requires ADMINISTRATOR or OWNER role". No other role name exists in the documents.
const EDITOR_ROLES = ['OWNER', 'ADMINISTRATOR'];

/** Whether one spelling of a role (`OWNER`, `owner`, ` Administrator `) is an editor role. */
export function isOrgEditorRole(role: string | null | undefined): boolean {
  return typeof role === 'string' && EDITOR_ROLES.includes(role.trim().toUpperCase());
}

/**
 * The role rule (docs/contract.md): the active org's details are editable when the user's role
 * there is OWNER or ADMINISTRATOR, however the server spells it: `org.role.slug`, `org.role.name`,
 * or the `roleSlug` of the active org in `organizations[]`. The server still decides on save.
 */
export function canEditOrgDetails(activeOrg: Pick<ActiveOrg, 'org' | 'organizations'>): boolean {
  const org = activeOrg.org;
  if (!org) return false;
  const listed = activeOrg.organizations.filter((summary) => summary.slug === org.slug);
  return [org.role.slug, org.role.name, ...listed.map((summary) => summary.roleSlug)].some(
    isOrgEditorRole,
  );
}
