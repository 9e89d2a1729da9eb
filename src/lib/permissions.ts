/**
 * The permission rule (docs/contract.md), used by the menu, its features and the page guards
 * alike: every required permission must be granted, compared as exact strings. The documents
 * define no vocabulary and no wildcard, so none is assumed; no requirement means everyone.
 */
export function hasPermissions(
  granted: readonly string[],
  required: readonly string[] = [],
): boolean {
  return required.every((permission) => granted.includes(permission));
}
