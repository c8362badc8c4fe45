/** Stable error codes of the API, each with its HTTP status. */
export const ERROR_STATUS = {
  'bad-request': 400,
  'validation-failed': 400,
  unauthenticated: 401,
  'csrf-failed': 403,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'plan-blocked': 409,
  /** A red flag paused the programme: no session can be logged until a clinician decides. */
  'programme-paused': 409,
  /**
   * A well-formed record that does not fit the plan it is logged against (a session before the
   * plan began, an exercise the plan does not hold): counting it would skew progression.
   */
  'does-not-match-plan': 422,
  'rate-limited': 429,
  'locked-out': 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The one error class: a stable code, a message for people, and the fields at fault. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldError[];

  constructor(code: ErrorCode, message: string, fields: readonly FieldError[] = []) {
    super(message);
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/**
 * What of an unexpected error may be logged: its name, code and stack frames, never its message
 * (a database error's message can quote patient data).
 */
export function loggableError(error: unknown): { name: string; code?: string; frames?: string } {
  const e = error as { stack?: unknown; code?: unknown };
  return {
    name: error instanceof Error ? error.name : 'Error',
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.stack === 'string' ? { frames: e.stack.split('\n').slice(1, 8).join('\n') } : {}),
  };
}
