/**
 * Every org-scoped query key starts with ['org', orgId], so a switch can cancel and drop
 * everything of the previous org in one call: `queryClient.removeQueries({ queryKey: orgScope(id) })`.
 */
export const orgScope = (orgId: string) => ['org', orgId] as const;

export const orgKey = <const Parts extends readonly unknown[]>(orgId: string, ...parts: Parts) =>
  [...orgScope(orgId), ...parts] as const;
