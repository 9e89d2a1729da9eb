import * as z from 'zod/mini';

/** seeds/000: `PUT /v1/user/current-organization`, credential in `X-API-Key`. */
export const AITRONOS_SWITCH_PATH = '/v1/user/current-organization';

export const AitronosSwitchBodySchema = z.object({
  /** org_xxx */
  organization_id: z.string().check(z.minLength(1)),
});

export const AitronosSwitchResponseSchema = z.object({
  success: z.boolean(),
  message: z.string(),
  current_organization_id: z.string(),
  organization: z.object({
    id: z.string(),
    name: z.string(),
    type: z.optional(z.string()),
  }),
});

export type AitronosSwitchBody = z.infer<typeof AitronosSwitchBodySchema>;
export type AitronosSwitchResponse = z.infer<typeof AitronosSwitchResponseSchema>;
