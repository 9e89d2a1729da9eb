import * as z from 'zod/mini';

/** seeds/002: `POST /organizations/switch`, `Authorization: Bearer`; answers with a new token. */
export const DUAL_SWITCH_PATH = '/organizations/switch';

export const DualSwitchBodySchema = z.object({ id: z.string().check(z.minLength(1)) });

const crud = z.object({
  read: z.boolean(),
  create: z.boolean(),
  update: z.boolean(),
  delete: z.boolean(),
});

export const DualOrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  fqdn: z.optional(z.string()),
  description: z.optional(z.string()),
  image: z.optional(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      url: z.string(),
      hash: z.string(),
      is_public: z.boolean(),
      when_created: z.string(),
    }),
  ),
  members: z.optional(
    z.array(
      z.object({
        id: z.string(),
        wallet_id: z.string(),
        email: z.string(),
        invite_status: z.string(),
        role_name: z.string(),
        when_created: z.string(),
        when_modified: z.string(),
      }),
    ),
  ),
  roles: z.optional(
    z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        permissions: z.array(z.object({ resource: z.string(), crud })),
        when_created: z.string(),
        when_modified: z.string(),
      }),
    ),
  ),
  account: z.optional(z.object({ address: z.string(), public_key: z.string(), type: z.string() })),
  when_created: z.optional(z.string()),
  when_modified: z.optional(z.string()),
});

export const DualSwitchResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  organization: DualOrganizationSchema,
});

export type DualSwitchBody = z.infer<typeof DualSwitchBodySchema>;
export type DualSwitchResponse = z.infer<typeof DualSwitchResponseSchema>;
