import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, NAME_MAX_LENGTH, type ErrorCode } from '@rode-draad/shared';
import type { ParseKeys } from 'i18next';

export type TranslationKey = ParseKeys;

/** A translation key plus the values it interpolates. */
export interface Message {
  key: TranslationKey;
  values?: Record<string, string | number>;
}

/** What the UI needs to know about a failed request, independent of how it failed. */
export interface ApiProblem {
  /** NETWORK: no (readable) answer from the server at all. */
  code: ErrorCode | 'NETWORK';
  reason: string | undefined;
  fields: { field: string; reason: string }[];
  retryAfterSeconds: number | undefined;
}

export interface DescribedError {
  /** For an alert or notification. */
  message: Message;
  /** Per form field, keyed by the input's field name. */
  fieldErrors: Record<string, Message>;
}

const CODE_MESSAGES = {
  UNAUTHENTICATED: 'errors.code.UNAUTHENTICATED',
  FORBIDDEN: 'errors.code.FORBIDDEN',
  NOT_FOUND: 'errors.code.NOT_FOUND',
  BAD_USER_INPUT: 'errors.code.BAD_USER_INPUT',
  CONFLICT: 'errors.code.CONFLICT',
  RATE_LIMITED: 'errors.code.RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'errors.code.SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'errors.code.INTERNAL_SERVER_ERROR',
  NETWORK: 'errors.code.NETWORK',
} as const satisfies Record<ApiProblem['code'], TranslationKey>;

const REASON_MESSAGES: Partial<Record<string, TranslationKey>> = {
  WRONG_CREDENTIALS: 'errors.reason.WRONG_CREDENTIALS',
  ACCOUNT_DISABLED: 'errors.reason.ACCOUNT_DISABLED',
  TOO_MANY_ATTEMPTS: 'errors.reason.TOO_MANY_ATTEMPTS',
  EMAIL_TAKEN: 'errors.reason.EMAIL_TAKEN',
  CANNOT_DISABLE_SELF: 'errors.reason.CANNOT_DISABLE_SELF',
  CANNOT_CHANGE_OWN_ROLE: 'errors.reason.CANNOT_CHANGE_OWN_ROLE',
  STALE_VERSION: 'errors.reason.STALE_VERSION',
  REFERENCE_TAKEN: 'errors.reason.REFERENCE_TAKEN',
  INVALID_ROWS: 'errors.reason.INVALID_ROWS',
  FILE_TOO_LARGE: 'errors.reason.FILE_TOO_LARGE',
  UNREADABLE_FILE: 'errors.reason.UNREADABLE_FILE',
  MISSING_COLUMNS: 'errors.reason.MISSING_COLUMNS',
  DUPLICATE_COLUMNS: 'errors.reason.DUPLICATE_COLUMNS',
  NO_ROWS: 'errors.reason.NO_ROWS',
  TOO_MANY_ROWS: 'errors.reason.TOO_MANY_ROWS',
  UNSUPPORTED_OPERATION: 'errors.reason.UNSUPPORTED_OPERATION',
  REGISTRATION_CLOSED: 'errors.reason.REGISTRATION_CLOSED',
  ALREADY_REGISTERED: 'errors.reason.ALREADY_REGISTERED',
  ALREADY_CANCELLED: 'errors.reason.ALREADY_CANCELLED',
  SESSION_STARTED: 'errors.reason.SESSION_STARTED',
  SESSION_CANCELLED: 'errors.reason.SESSION_CANCELLED',
  SESSION_NOT_STARTED: 'errors.reason.SESSION_NOT_STARTED',
  SESSION_NOT_ENDED: 'errors.reason.SESSION_NOT_ENDED',
  NOT_AN_ATTENDEE: 'errors.reason.NOT_AN_ATTENDEE',
  ALREADY_EVALUATED: 'errors.reason.ALREADY_EVALUATED',
  INVALID_ID: 'errors.reason.INVALID_ID',
  INVALID_CHARACTERS: 'errors.reason.INVALID_CHARACTERS',
  EVALUATION_CLOSED: 'errors.reason.EVALUATION_CLOSED',
  EVALUATION_RELEASED: 'errors.reason.EVALUATION_RELEASED',
  DIFFERENCING_UNCONFIRMED: 'errors.reason.DIFFERENCING_UNCONFIRMED',
  OWN_ROLE_GRANT: 'errors.reason.OWN_ROLE_GRANT',
  ROLE_GRANT_DECIDED: 'errors.reason.ROLE_GRANT_DECIDED',
};

/** Field reasons are the API's own codes or class-validator constraint names. */
const FIELD_REASON_MESSAGES: Partial<Record<string, TranslationKey>> = {
  isEmail: 'errors.field.isEmail',
  isLength: 'errors.field.isLength',
  maxLength: 'errors.field.maxLength',
  WRONG_PASSWORD: 'errors.field.WRONG_PASSWORD',
  SAME_AS_CURRENT: 'errors.field.SAME_AS_CURRENT',
  PASSWORD_TOO_WEAK: 'errors.field.PASSWORD_TOO_WEAK',
  PASSWORD_HAS_PERSONAL_INFO: 'errors.field.PASSWORD_HAS_PERSONAL_INFO',
  REQUIRED_FOR_ROLE: 'errors.field.REQUIRED_FOR_ROLE',
  NOT_ALLOWED_FOR_ROLE: 'errors.field.NOT_ALLOWED_FOR_ROLE',
  UNKNOWN_MUNICIPALITY: 'errors.field.UNKNOWN_MUNICIPALITY',
  EMAIL_TAKEN: 'errors.field.EMAIL_TAKEN',
  REASON_REQUIRED: 'errors.field.REASON_REQUIRED',
  INVALID_TRANSITION: 'errors.field.INVALID_TRANSITION',
  UNKNOWN_OWNER: 'errors.field.UNKNOWN_OWNER',
  UNKNOWN_FACET: 'errors.field.UNKNOWN_FACET',
  UNKNOWN_THEME: 'errors.field.UNKNOWN_THEME',
  UNKNOWN_SCAN: 'errors.field.UNKNOWN_SCAN',
  IMMUTABLE: 'errors.field.IMMUTABLE',
  REFERENCE_TAKEN: 'errors.field.REFERENCE_TAKEN',
  INVALID_ID: 'errors.field.INVALID_ID',
  INVALID_CHARACTERS: 'errors.field.INVALID_CHARACTERS',
};

/** Conflicts that belong to one field rather than to the whole form. */
const CONFLICT_FIELDS: Partial<Record<string, string>> = { EMAIL_TAKEN: 'email', REFERENCE_TAKEN: 'reference' };

const PASSWORD_FIELDS = new Set(['password', 'newPassword']);

function fromFormatted(errors: readonly { extensions?: Record<string, unknown> }[]): ApiProblem {
  const extensions = errors[0]?.extensions ?? {};
  const code = isErrorCode(extensions.code) ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const fields = Array.isArray(extensions.fields)
    ? extensions.fields.flatMap((f: unknown) => {
        if (typeof f !== 'object' || f === null) {
          return [];
        }
        const { field, reason } = f as Record<string, unknown>;
        return typeof field === 'string' && typeof reason === 'string' ? [{ field, reason }] : [];
      })
    : [];
  return {
    code,
    reason: typeof extensions.reason === 'string' ? extensions.reason : undefined,
    fields,
    retryAfterSeconds: typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined,
  };
}

/** Normalises whatever Apollo Client raised into the API's error vocabulary. */
export function toApiProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    return fromFormatted(error.errors);
  }
  if (ServerError.is(error)) {
    // Non-2xx answers (e.g. a rejected body) still carry GraphQL-shaped errors in the body.
    try {
      const body: unknown = JSON.parse(error.bodyText);
      const errors = (body as { errors?: unknown }).errors;
      if (Array.isArray(errors) && errors.length > 0) {
        return fromFormatted(errors as { extensions?: Record<string, unknown> }[]);
      }
    } catch {
      // Not JSON: fall through to the status code.
    }
    // A proxy in front of the API answers 502-504 while it restarts: that is "try again", not a bug.
    const code: ErrorCode =
      error.statusCode === 429 ? 'RATE_LIMITED' : [502, 503, 504].includes(error.statusCode) ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR';
    return { code, reason: undefined, fields: [], retryAfterSeconds: undefined };
  }
  return { code: 'NETWORK', reason: undefined, fields: [], retryAfterSeconds: undefined };
}

function fieldMessage(field: string, reason: string): Message {
  if (reason === 'isLength' && PASSWORD_FIELDS.has(field)) {
    return { key: 'errors.field.passwordLength', values: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } };
  }
  if (reason === 'isLength' && field === 'name') {
    return { key: 'errors.field.nameLength', values: { max: NAME_MAX_LENGTH } };
  }
  return { key: FIELD_REASON_MESSAGES[reason] ?? 'errors.field.invalid' };
}

/** Turns a failed request into a translatable message and per-field messages for a form. */
export function describeError(error: unknown): DescribedError {
  const problem = toApiProblem(error);
  const fieldErrors: Record<string, Message> = {};
  for (const { field, reason } of problem.fields) {
    // The API reports nested input paths (input.email); forms know the last segment.
    const name = field.split('.').pop() ?? field;
    fieldErrors[name] ??= fieldMessage(name, reason);
  }
  const conflictField = problem.code === 'CONFLICT' && problem.reason ? CONFLICT_FIELDS[problem.reason] : undefined;
  if (conflictField && problem.reason) {
    fieldErrors[conflictField] = fieldMessage(conflictField, problem.reason);
  }
  const reasonKey = problem.reason ? REASON_MESSAGES[problem.reason] : undefined;
  if (problem.reason === 'TOO_MANY_ATTEMPTS') {
    const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
    return { message: { key: 'errors.reason.TOO_MANY_ATTEMPTS', values: { minutes } }, fieldErrors };
  }
  return { message: { key: reasonKey ?? CODE_MESSAGES[problem.code] }, fieldErrors };
}

/** Someone else saved the record after this form loaded it (CONFLICT STALE_VERSION). */
export function isStaleVersion(error: unknown): boolean {
  const problem = toApiProblem(error);
  return problem.code === 'CONFLICT' && problem.reason === 'STALE_VERSION';
}

export function isUnauthenticated(error: unknown): boolean {
  return toApiProblem(error).code === 'UNAUTHENTICATED';
}
