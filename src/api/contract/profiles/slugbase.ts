import * as z from 'zod/mini';

/** seeds/001: `POST /api/session/org`, `Authorization: Bearer` with a JWT or an `sb_` token. */
export const SLUGBASE_SWITCH_PATH = '/api/session/org';

export const SlugbaseSwitchBodySchema = z.object({
  organizationId: z.string().check(z.minLength(1)),
});

/** The documented answer is `{}`: the new context has to be read separately. */
export const SlugbaseSwitchResponseSchema = z.object({});

export type SlugbaseSwitchBody = z.infer<typeof SlugbaseSwitchBodySchema>;
export type SlugbaseSwitchResponse = z.infer<typeof SlugbaseSwitchResponseSchema>;
