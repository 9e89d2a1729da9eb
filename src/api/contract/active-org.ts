import * as z from 'zod/mini';
import { lenientList } from './lenient-list';
import { NavigationSchema } from './navigation';

const stringList = z._default(lenientList(z.string()), []);

export const RoleSchema = z.object({
  slug: z.string(),
  name: z.optional(z.string()),
  permissions: stringList,
  scopes: stringList,
});

export const SubscriptionSchema = z.object({
  slug: z.optional(z.string()),
  name: z.optional(z.string()),
  tier: z.optional(z.string()),
  id: z.optional(z.string()),
  plan: z.optional(z.string()),
  isDefault: z.optional(z.boolean()),
  // active | inactive | trialing | past_due | canceled; kept as text so a new status is not fatal.
  status: z.optional(z.string()),
  startedAt: z.optional(z.string()),
  expiresAt: z.optional(z.string()),
});

// seeds/003 gives `branding: {}` and names no field: the console reads a color for the org's
// avatar, and no logo (docs/decisions/019).
export const BrandingSchema = z.object({
  primaryColor: z.optional(z.string()),
});

export const OrgContextSchema = z.object({
  id: z.optional(z.string()),
  slug: z.string().check(z.minLength(1)),
  name: z.string(),
  status: z.optional(z.string()),
  branding: z._default(BrandingSchema, {}),
  navigation: z._default(NavigationSchema, { menu: [], footer: [], quickActions: [] }),
  role: RoleSchema,
  groups: stringList,
  settings: z.optional(z.record(z.string(), z.unknown())),
  subscription: z.optional(SubscriptionSchema),
});

export const OrgSummarySchema = z.object({
  /** The console's addition, like org.id: backends that switch by id (Aitronos, SlugBase, DUAL). */
  id: z.optional(z.string()),
  slug: z.string().check(z.minLength(1)),
  name: z.string(),
  roleSlug: z.optional(z.string()),
  groups: stringList,
});

/** docs/contract.md "ActiveOrg": what reading or switching the active org answers. */
export const ActiveOrgSchema = z.object({
  org: z.nullable(OrgContextSchema),
  permissions: stringList,
  organizations: z.array(OrgSummarySchema),
});

export const SwitchOrgBodySchema = z.object({ orgSlug: z.string().check(z.minLength(1)) });

export type OrgContext = z.infer<typeof OrgContextSchema>;
export type OrgSummary = z.infer<typeof OrgSummarySchema>;
export type ActiveOrg = z.infer<typeof ActiveOrgSchema>;
/** What a server may send: the mock backend builds this, so it cannot drift from the client. */
export type ActiveOrgWire = z.input<typeof ActiveOrgSchema>;
