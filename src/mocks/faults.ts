import * as z from 'zod/mini';

export const FAULT_ENDPOINTS = [
  'active-org:read',
  'active-org:switch',
  'org:read',
  'org:update',
] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];

export const FaultSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('status'),
    status: z.number().check(z.int(), z.gte(400), z.lte(599)),
    envelope: z._default(z.enum(['flashback', 'aitronos', 'dual']), 'flashback'),
    message: z.optional(z.string()),
  }),
  /** seeds/004's own error body for this status, byte for byte. */
  z.object({
    type: z.literal('documented'),
    status: z.union([z.literal(400), z.literal(403), z.literal(404), z.literal(500)]),
  }),
  /** A proxy's HTML error page. */
  z.object({ type: z.literal('html'), status: z._default(z.number(), 502) }),
  /** 200 with a body that is not JSON. */
  z.object({ type: z.literal('malformed') }),
  /** 200 with JSON that does not match the contract. */
  z.object({ type: z.literal('schema') }),
  /** The connection fails. */
  z.object({ type: z.literal('network') }),
  /** Wait, then answer normally (long enough, and the client times out). */
  z.object({ type: z.literal('delay'), ms: z.number().check(z.int(), z.nonnegative()) }),
]);

export const FaultRequestSchema = z.object({
  endpoint: z.enum(FAULT_ENDPOINTS),
  fault: FaultSchema,
  /** How many requests it applies to; absent: until cleared. */
  times: z.optional(z.number().check(z.int(), z.positive())),
});

export type Fault = z.infer<typeof FaultSchema>;
export type FaultRequest = z.input<typeof FaultRequestSchema>;

type Armed = { fault: Fault; remaining: number };

export function createFaults() {
  const armed = new Map<FaultEndpoint, Armed>();
  return {
    set(request: z.infer<typeof FaultRequestSchema>) {
      armed.set(request.endpoint, { fault: request.fault, remaining: request.times ?? Infinity });
    },
    clear() {
      armed.clear();
    },
    /** The fault to apply to this request, if one is armed; counts it down. */
    take(endpoint: FaultEndpoint): Fault | undefined {
      const entry = armed.get(endpoint);
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) armed.delete(endpoint);
      return entry.fault;
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
