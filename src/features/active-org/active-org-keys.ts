/** The active org is session-wide, not scoped to one org. */
export const activeOrgKey = ['active-org'] as const;
