import {
  AitronosErrorSchema,
  DualErrorSchema,
  FlashbackErrorSchema,
} from './contract/error-envelopes';

export type ServerErrorDetails = {
  message: string;
  code?: string | undefined;
  traceId?: string | undefined;
};

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The request was not valid.',
  401: 'Your session has ended. Sign in again.',
  403: 'You are not allowed to do this.',
  404: 'Not found.',
  408: 'The server took too long to answer.',
  429: 'Too many requests. Wait a moment and try again.',
};

export function fallbackMessage(status: number): string {
  return (
    STATUS_MESSAGES[status] ??
    (status >= 500
      ? `The server had a problem (${status}). Try again in a moment.`
      : `The request failed (${status}).`)
  );
}

/** Reads any of the contract's three error envelopes; anything else gets a message of ours. */
export function readErrorBody(status: number, body: string): ServerErrorDetails {
  const json = parseJson(body);
  const aitronos = AitronosErrorSchema.safeParse(json);
  if (aitronos.success) {
    const { message, code, trace_id } = aitronos.data.error;
    return { message, code: code === undefined ? undefined : String(code), traceId: trace_id };
  }
  const flashback = FlashbackErrorSchema.safeParse(json);
  if (flashback.success && flashback.data.message.trim()) {
    return { message: flashback.data.message };
  }
  const dual = DualErrorSchema.safeParse(json);
  if (dual.success && dual.data.message.trim()) {
    return { message: dual.data.message, code: String(dual.data.code) };
  }
  return { message: fallbackMessage(status) };
}

export function parseJson(body: string): unknown {
  if (!body.trim()) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
