// Errors with three audiences (after Ghost's practice): `cause` for the developer, a stable
// `code` for calling code, and `message` that is safe to show a user. Services throw these;
// each HTTP scope has one error handler that turns them into a page or a form message.

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'DATABASE_UNREACHABLE'
  | 'SCHEMA_TOO_NEW'
  | 'MIGRATION_FAILED'
  | 'BACKUP_FAILED'
  | 'RESTORE_REFUSED'
  | 'NOT_FOUND'
  | 'SLUG_TAKEN'
  | 'VALIDATION_FAILED'
  | 'DEMO_DATABASE_NOT_EMPTY'
  | 'IMPORT_FAILED'
  | 'PORT_IN_USE'
  | 'UNAUTHENTICATED'
  | 'LOGIN_FAILED'
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  | 'TOKEN_INVALID'
  | 'FORBIDDEN'
  | 'VERSION_CONFLICT'
  | 'LAST_ADMINISTRATOR'
  | 'MEDIA_UNSUPPORTED_TYPE'
  | 'MEDIA_TOO_LARGE'
  | 'UNSUPPORTED_BODY';

const statusByCode: Record<ErrorCode, number> = {
  CONFIG_INVALID: 500,
  DATABASE_UNREACHABLE: 503,
  SCHEMA_TOO_NEW: 500,
  MIGRATION_FAILED: 500,
  BACKUP_FAILED: 500,
  RESTORE_REFUSED: 409,
  NOT_FOUND: 404,
  SLUG_TAKEN: 409,
  VALIDATION_FAILED: 400,
  DEMO_DATABASE_NOT_EMPTY: 409,
  IMPORT_FAILED: 422,
  PORT_IN_USE: 500,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  TOKEN_INVALID: 400,
  FORBIDDEN: 403,
  VERSION_CONFLICT: 409,
  LAST_ADMINISTRATOR: 409,
  MEDIA_UNSUPPORTED_TYPE: 415,
  MEDIA_TOO_LARGE: 413,
  UNSUPPORTED_BODY: 415,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  /** Data for the calling code to show, such as what changed in a refused save. */
  readonly details: unknown;
  /** For a refusal that passes (429, 423): whole seconds until trying again can work. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: unknown; retryAfterSeconds?: number }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    this.statusCode = statusByCode[code];
    this.details = options?.details;
    this.retryAfterSeconds = options?.retryAfterSeconds === undefined ? undefined : Math.max(1, Math.ceil(options.retryAfterSeconds));
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
