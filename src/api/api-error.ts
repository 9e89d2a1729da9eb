export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response';

type ApiErrorInit = {
  kind: ApiErrorKind;
  message: string;
  status?: number | undefined;
  code?: string | undefined;
  traceId?: string | undefined;
  timeLeftMs?: number;
};

/** The one error the API layer throws. `message` is always fit to show a person. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly traceId: string | undefined;
  /** What was left of the request's whole-wait budget when it failed (a retry must fit in it). */
  readonly timeLeftMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.traceId = init.traceId;
    this.timeLeftMs = init.timeLeftMs;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function hasStatus(error: unknown, status: number): boolean {
  return isApiError(error) && error.status === status;
}
