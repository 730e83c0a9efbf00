/**
 * Every error the API answers with carries one of these codes in `extensions.code`.
 * The web app maps each code (and, for BAD_USER_INPUT, each field reason) to a translated message.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  /** The database cannot be reached for a moment: HTTP 503 with `retryAfterSeconds`; the same request may be sent again. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
