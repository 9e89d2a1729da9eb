/**
 * The one permission rule, used by the menu, its features and the route guards alike:
 * every required permission must be granted; a granted `*` grants all; no requirement
 * means everyone.
 */
export function hasPermissions(
  granted: readonly string[],
  required: readonly string[] = [],
): boolean {
  if (required.length === 0) return true;
  if (granted.includes('*')) return true;
  return required.every((permission) => granted.includes(permission));
}
