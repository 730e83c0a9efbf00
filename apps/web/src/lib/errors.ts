import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import {
  isErrorCode,
  isErrorReason,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  NAME_MAX_LENGTH,
  type ErrorCode,
  type ErrorReason,
} from '@rode-draad/shared';
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
  /** Undefined also for a reason this build does not know (from a newer API): the code speaks then. */
  reason: ErrorReason | undefined;
  fields: { field: string; reason: ErrorReason }[];
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

/**
 * The text for every reason the API can send (exhaustive: a reason added to ERROR_REASONS without
 * text here fails the type check, and errors.test.ts checks both languages have it). Reasons about
 * the request as a whole have their text under errors.reason, reasons about one field under
 * errors.field; features may word a reason their own way in their forms.
 */
const REASON_MESSAGES: Record<ErrorReason, TranslationKey> = {
  LOGIN_REQUIRED: 'errors.reason.LOGIN_REQUIRED',
  WRONG_CREDENTIALS: 'errors.reason.WRONG_CREDENTIALS',
  ACCOUNT_DISABLED: 'errors.reason.ACCOUNT_DISABLED',
  TOO_MANY_ATTEMPTS: 'errors.reason.TOO_MANY_ATTEMPTS',
  FORBIDDEN: 'errors.reason.FORBIDDEN',
  NOT_FOUND: 'errors.reason.NOT_FOUND',

  GRAPHQL_PARSE_FAILED: 'errors.reason.GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'errors.reason.GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'errors.reason.BAD_USER_INPUT',
  BAD_REQUEST: 'errors.reason.BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'errors.reason.PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'errors.reason.PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'errors.reason.OPERATION_RESOLUTION_FAILURE',
  BODY_TOO_LARGE: 'errors.reason.BODY_TOO_LARGE',
  MALFORMED_REQUEST: 'errors.reason.MALFORMED_REQUEST',
  INVALID_ID: 'errors.reason.INVALID_ID',
  INVALID_CHARACTERS: 'errors.reason.INVALID_CHARACTERS',
  INVALID_INPUT: 'errors.reason.INVALID_INPUT',
  UNSUPPORTED_OPERATION: 'errors.reason.UNSUPPORTED_OPERATION',
  OWN_ROLE_GRANT: 'errors.reason.OWN_ROLE_GRANT',
  ROLE_GRANT_DECIDED: 'errors.reason.ROLE_GRANT_DECIDED',

  STALE_VERSION: 'errors.reason.STALE_VERSION',
  EMAIL_TAKEN: 'errors.reason.EMAIL_TAKEN',
  CANNOT_CHANGE_OWN_ROLE: 'errors.reason.CANNOT_CHANGE_OWN_ROLE',
  CANNOT_DISABLE_SELF: 'errors.reason.CANNOT_DISABLE_SELF',
  FACET_NAME_TAKEN: 'errors.reason.FACET_NAME_TAKEN',
  THEME_TITLE_TAKEN: 'errors.reason.THEME_TITLE_TAKEN',
  PROGRAMME_NAME_TAKEN: 'errors.reason.PROGRAMME_NAME_TAKEN',
  VENUE_TAKEN: 'errors.reason.VENUE_TAKEN',
  REFERENCE_TAKEN: 'errors.reason.REFERENCE_TAKEN',
  CALENDAR_FEED_EXISTS: 'errors.reason.CALENDAR_FEED_EXISTS',
  DIFFERENCING_UNCONFIRMED: 'errors.reason.DIFFERENCING_UNCONFIRMED',
  INVITATION_PENDING: 'errors.reason.INVITATION_PENDING',
  INVITATION_UNKNOWN: 'errors.reason.INVITATION_UNKNOWN',
  INVITATION_EXPIRED: 'errors.reason.INVITATION_EXPIRED',
  INVITATION_USED: 'errors.reason.INVITATION_USED',
  INVITATION_REVOKED: 'errors.reason.INVITATION_REVOKED',
  ACCOUNT_INVITATION_PENDING: 'errors.reason.ACCOUNT_INVITATION_PENDING',
  RESET_LINK_UNKNOWN: 'errors.reason.RESET_LINK_UNKNOWN',
  RESET_LINK_EXPIRED: 'errors.reason.RESET_LINK_EXPIRED',
  RESET_LINK_USED: 'errors.reason.RESET_LINK_USED',

  REGISTRATION_CLOSED: 'errors.reason.REGISTRATION_CLOSED',
  ALREADY_REGISTERED: 'errors.reason.ALREADY_REGISTERED',
  ALREADY_CANCELLED: 'errors.reason.ALREADY_CANCELLED',
  SESSION_STARTED: 'errors.reason.SESSION_STARTED',
  SESSION_CANCELLED: 'errors.reason.SESSION_CANCELLED',
  SESSION_COMPLETED: 'errors.reason.SESSION_COMPLETED',
  SESSION_NOT_STARTED: 'errors.reason.SESSION_NOT_STARTED',
  SESSION_NOT_ENDED: 'errors.reason.SESSION_NOT_ENDED',
  VENUE_CLASH: 'errors.reason.VENUE_CLASH',
  FACILITATOR_CLASH: 'errors.reason.FACILITATOR_CLASH',
  EVALUATION_RELEASED: 'errors.reason.EVALUATION_RELEASED',
  EVALUATION_CLOSED: 'errors.reason.EVALUATION_CLOSED',
  NOT_AN_ATTENDEE: 'errors.reason.NOT_AN_ATTENDEE',
  ALREADY_EVALUATED: 'errors.reason.ALREADY_EVALUATED',
  NO_RECIPIENTS: 'errors.reason.NO_RECIPIENTS',
  TOO_MANY_MESSAGES: 'errors.reason.TOO_MANY_MESSAGES',
  EVALUATION_WITHHELD: 'errors.reason.EVALUATION_WITHHELD',
  ANSWER_REQUIRED: 'errors.reason.ANSWER_REQUIRED',
  UNKNOWN_QUESTION: 'errors.reason.UNKNOWN_QUESTION',
  ANSWER_OUT_OF_SCALE: 'errors.reason.ANSWER_OUT_OF_SCALE',
  QUESTION_SET_EMPTY: 'errors.reason.QUESTION_SET_EMPTY',

  INVALID_ROWS: 'errors.reason.INVALID_ROWS',
  FILE_TOO_LARGE: 'errors.reason.FILE_TOO_LARGE',
  UNREADABLE_FILE: 'errors.reason.UNREADABLE_FILE',
  MISSING_COLUMNS: 'errors.reason.MISSING_COLUMNS',
  DUPLICATE_COLUMNS: 'errors.reason.DUPLICATE_COLUMNS',
  NO_ROWS: 'errors.reason.NO_ROWS',
  TOO_MANY_ROWS: 'errors.reason.TOO_MANY_ROWS',
  REQUIRED: 'errors.field.REQUIRED',
  TOO_LONG: 'errors.field.TOO_LONG',
  INACTIVE_FACET: 'errors.field.INACTIVE_FACET',
  INVALID_PRIORITY: 'errors.field.INVALID_PRIORITY',
  DUPLICATE_REFERENCE: 'errors.field.DUPLICATE_REFERENCE',
  EXTRA_CELLS: 'errors.field.EXTRA_CELLS',

  WRONG_PASSWORD: 'errors.field.WRONG_PASSWORD',
  SAME_AS_CURRENT: 'errors.field.SAME_AS_CURRENT',
  PASSWORD_TOO_WEAK: 'errors.field.PASSWORD_TOO_WEAK',
  PASSWORD_HAS_PERSONAL_INFO: 'errors.field.PASSWORD_HAS_PERSONAL_INFO',
  REQUIRED_FOR_ROLE: 'errors.field.REQUIRED_FOR_ROLE',
  NOT_ALLOWED_FOR_ROLE: 'errors.field.NOT_ALLOWED_FOR_ROLE',
  NOT_ALLOWED: 'errors.field.NOT_ALLOWED',
  UNKNOWN_MUNICIPALITY: 'errors.field.UNKNOWN_MUNICIPALITY',
  IMMUTABLE: 'errors.field.IMMUTABLE',
  UNKNOWN_SCAN: 'errors.field.UNKNOWN_SCAN',
  UNKNOWN_OWNER: 'errors.field.UNKNOWN_OWNER',
  UNKNOWN_FACET: 'errors.field.UNKNOWN_FACET',
  RETIRED_FACET: 'errors.field.RETIRED_FACET',
  NOT_ALL_FACETS: 'errors.field.NOT_ALL_FACETS',
  UNKNOWN_THEME: 'errors.field.UNKNOWN_THEME',
  NOT_EARLIER_RECOMMENDATION: 'errors.field.NOT_EARLIER_RECOMMENDATION',
  INVALID_TRANSITION: 'errors.field.INVALID_TRANSITION',
  REASON_REQUIRED: 'errors.field.REASON_REQUIRED',
  OUT_OF_RANGE: 'errors.field.OUT_OF_RANGE',
  UNKNOWN_PROGRAMME: 'errors.field.UNKNOWN_PROGRAMME',
  CANNOT_CHANGE_PROGRAMME: 'errors.field.CANNOT_CHANGE_PROGRAMME',
  BEFORE_START_YEAR: 'errors.field.BEFORE_START_YEAR',
  PERIOD_TOO_LONG: 'errors.field.PERIOD_TOO_LONG',
  THEME_REQUIRED: 'errors.field.THEME_REQUIRED',
  OUTSIDE_PROGRAMME_PERIOD: 'errors.field.OUTSIDE_PROGRAMME_PERIOD',
  YEAR_REQUIRED: 'errors.field.YEAR_REQUIRED',
  ENDS_BEFORE_START: 'errors.field.ENDS_BEFORE_START',
  DEADLINE_AFTER_START: 'errors.field.DEADLINE_AFTER_START',
  PLACE_REQUIRED: 'errors.field.PLACE_REQUIRED',
  UNKNOWN_VENUE: 'errors.field.UNKNOWN_VENUE',
  UNKNOWN_FACILITATOR: 'errors.field.UNKNOWN_FACILITATOR',
  EXCEEDS_CAPACITY: 'errors.field.EXCEEDS_CAPACITY',
  BELOW_CONFIRMED: 'errors.field.BELOW_CONFIRMED',
  SIZE: 'errors.field.SIZE',
  DUPLICATE: 'errors.field.DUPLICATE',
  UNKNOWN_REGISTRATION: 'errors.field.UNKNOWN_REGISTRATION',
  NOT_CONFIRMED: 'errors.field.NOT_CONFIRMED',
  DUE_DATE_IN_PAST: 'errors.field.DUE_DATE_IN_PAST',
  INVALID_LINK: 'errors.field.INVALID_LINK',
  INVALID_DATE: 'errors.field.INVALID_DATE',
  INVALID_TIME: 'errors.field.INVALID_TIME',
  UNTIL_BEFORE_START: 'errors.field.UNTIL_BEFORE_START',
  SERIES_END_REQUIRED: 'errors.field.SERIES_END_REQUIRED',
  SERIES_TOO_MANY: 'errors.field.SERIES_TOO_MANY',
  SERIES_TOO_LONG: 'errors.field.SERIES_TOO_LONG',
  SERIES_EMPTY: 'errors.field.SERIES_EMPTY',

  EMPTY_FILE: 'errors.reason.EMPTY_FILE',
  ATTACHMENT_TOO_LARGE: 'errors.reason.ATTACHMENT_TOO_LARGE',
  UNSUPPORTED_FILE_TYPE: 'errors.reason.UNSUPPORTED_FILE_TYPE',
  INVALID_FILE_NAME: 'errors.reason.INVALID_FILE_NAME',
  ENROLMENT_CLOSED: 'errors.reason.ENROLMENT_CLOSED',
  ALREADY_ENROLLED: 'errors.reason.ALREADY_ENROLLED',
  PROPOSAL_PUBLISHED: 'errors.reason.PROPOSAL_PUBLISHED',
  NOT_ENOUGH_MEMBERS: 'errors.reason.NOT_ENOUGH_MEMBERS',
  FORBIDDEN_PAIRS: 'errors.reason.FORBIDDEN_PAIRS',
  LOCKED_GROUP_INVALID: 'errors.reason.LOCKED_GROUP_INVALID',
  UNKNOWN_GOAL: 'errors.field.UNKNOWN_GOAL',
  GOAL_REQUIRED: 'errors.field.GOAL_REQUIRED',
  NOT_A_COLLEAGUE: 'errors.field.NOT_A_COLLEAGUE',
  INVALID_MONTH: 'errors.field.INVALID_MONTH',
  ENROLMENT_WITHDRAWN: 'errors.field.ENROLMENT_WITHDRAWN',
  INVALID_GROUPS: 'errors.field.INVALID_GROUPS',
  ALREADY_LINKED: 'errors.reason.ALREADY_LINKED',
  UNKNOWN_LEARNING: 'errors.field.UNKNOWN_LEARNING',
  DECISION_IN_FUTURE: 'errors.field.DECISION_IN_FUTURE',
  INVALID_CURSOR: 'errors.field.INVALID_CURSOR',
  MEETING_CANCELLED: 'errors.reason.MEETING_CANCELLED',
  EVALUATION_NOT_OPEN: 'errors.reason.EVALUATION_NOT_OPEN',
  HOST_NOT_MEMBER: 'errors.field.HOST_NOT_MEMBER',

  DUE_RANGE_REVERSED: 'errors.field.DUE_RANGE_REVERSED',
  EXPORT_TOO_LARGE: 'errors.reason.EXPORT_TOO_LARGE',

  arrayMaxSize: 'errors.field.arrayMaxSize',
  arrayMinSize: 'errors.field.arrayMinSize',
  arrayUnique: 'errors.field.arrayUnique',
  isBoolean: 'errors.field.isBoolean',
  isDate: 'errors.field.isDate',
  isEmail: 'errors.field.isEmail',
  isEnum: 'errors.field.isEnum',
  isIn: 'errors.field.isIn',
  isInt: 'errors.field.isInt',
  isLength: 'errors.field.isLength',
  isNotBlank: 'errors.field.isNotBlank',
  isUrl: 'errors.field.isUrl',
  isUuid: 'errors.field.isUuid',
  max: 'errors.field.max',
  maxLength: 'errors.field.maxLength',
  min: 'errors.field.min',
  nestedValidation: 'errors.field.nestedValidation',
};

/** Beside a form field, some reasons about the whole request read better in fewer words. */
const FIELD_MESSAGES: Partial<Record<ErrorReason, TranslationKey>> = {
  INVALID_INPUT: 'errors.field.invalid',
  INVALID_ID: 'errors.field.INVALID_ID',
  INVALID_CHARACTERS: 'errors.field.INVALID_CHARACTERS',
  EMAIL_TAKEN: 'errors.field.EMAIL_TAKEN',
  REFERENCE_TAKEN: 'errors.field.REFERENCE_TAKEN',
};

/** Conflicts that belong to one field rather than to the whole form. */
const CONFLICT_FIELDS: Partial<Record<ErrorReason, string>> = { EMAIL_TAKEN: 'email', REFERENCE_TAKEN: 'reference' };

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
        // A field reason this build does not know (from a newer API) still marks the field as invalid.
        return typeof field === 'string'
          ? [{ field, reason: isErrorReason(reason) ? reason : ('INVALID_INPUT' as const) }]
          : [];
      })
    : [];
  return {
    code,
    reason: isErrorReason(extensions.reason) ? extensions.reason : undefined,
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
      error.statusCode === 429
        ? 'RATE_LIMITED'
        : [502, 503, 504].includes(error.statusCode)
          ? 'SERVICE_UNAVAILABLE'
          : 'INTERNAL_SERVER_ERROR';
    return { code, reason: undefined, fields: [], retryAfterSeconds: undefined };
  }
  return { code: 'NETWORK', reason: undefined, fields: [], retryAfterSeconds: undefined };
}

function fieldMessage(field: string, reason: ErrorReason): Message {
  if (reason === 'isLength' && PASSWORD_FIELDS.has(field)) {
    return { key: 'errors.field.passwordLength', values: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } };
  }
  if (reason === 'isLength' && field === 'name') {
    return { key: 'errors.field.nameLength', values: { max: NAME_MAX_LENGTH } };
  }
  return { key: FIELD_MESSAGES[reason] ?? REASON_MESSAGES[reason] };
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
  if (problem.reason === 'TOO_MANY_ATTEMPTS') {
    const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
    return { message: { key: 'errors.reason.TOO_MANY_ATTEMPTS', values: { minutes } }, fieldErrors };
  }
  return {
    message: { key: problem.reason ? REASON_MESSAGES[problem.reason] : CODE_MESSAGES[problem.code] },
    fieldErrors,
  };
}

/** Someone else saved the record after this form loaded it (CONFLICT STALE_VERSION). */
export function isStaleVersion(error: unknown): boolean {
  const problem = toApiProblem(error);
  return problem.code === 'CONFLICT' && problem.reason === 'STALE_VERSION';
}

export function isUnauthenticated(error: unknown): boolean {
  return toApiProblem(error).code === 'UNAUTHENTICATED';
}
