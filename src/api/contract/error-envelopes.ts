import * as z from 'zod/mini';

/** seeds/004 (Flashback): `{success: false, data: null, message}` */
export const FlashbackErrorSchema = z.object({
  success: z.literal(false),
  message: z.string(),
});

/** seeds/000 (Aitronos): `{success: false, error: {code, message, trace_id, …}}` */
export const AitronosErrorSchema = z.object({
  success: z.literal(false),
  error: z.object({
    code: z.optional(z.union([z.string(), z.number()])),
    message: z.string(),
    system_message: z.optional(z.string()),
    type: z.optional(z.string()),
    status: z.optional(z.number()),
    details: z.optional(z.unknown()),
    trace_id: z.optional(z.string()),
    timestamp: z.optional(z.string()),
  }),
});

/** seeds/002 (DUAL): `{code, message, details}` */
export const DualErrorSchema = z.object({
  code: z.union([z.string(), z.number()]),
  message: z.string(),
  details: z.optional(z.unknown()),
});

export type FlashbackError = z.infer<typeof FlashbackErrorSchema>;
export type AitronosError = z.input<typeof AitronosErrorSchema>;
export type DualError = z.infer<typeof DualErrorSchema>;
