/**
 * Every reason the API can send: in `extensions.reason` (what went wrong with the request), in
 * `extensions.fields[].reason` (what is wrong with one input field) and in an import's
 * `extensions.rows[].reason`. One list for both apps: the API's errors only take a listed reason,
 * and the web app must have Dutch and English text for each, so a new reason cannot reach users
 * as a generic message.
 */
export const ERROR_REASONS = [
  // Who may do what.
  'LOGIN_REQUIRED',
  'WRONG_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'NOT_FOUND',

  // Requests refused before any resolver ran: Apollo's own codes, the body parser, the input guard.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BODY_TOO_LARGE',
  'MALFORMED_REQUEST',
  'INVALID_ID',
  'INVALID_CHARACTERS',
  'INVALID_INPUT',
  'UNSUPPORTED_OPERATION',

  // Conflicts with what is stored.
  'OWN_ROLE_GRANT',
  'ROLE_GRANT_DECIDED',
  'STALE_VERSION',
  'EMAIL_TAKEN',
  'CANNOT_CHANGE_OWN_ROLE',
  'CANNOT_DISABLE_SELF',
  'FACET_NAME_TAKEN',
  'THEME_TITLE_TAKEN',
  'PROGRAMME_NAME_TAKEN',
  'VENUE_TAKEN',
  'REFERENCE_TAKEN',
  'CALENDAR_FEED_EXISTS',
  'DIFFERENCING_UNCONFIRMED',
  'INVITATION_PENDING',
  'ACCOUNT_INVITATION_PENDING',

  // Invitation links (accepting one).
  'INVITATION_UNKNOWN',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_REVOKED',

  // Password reset links.
  'RESET_LINK_UNKNOWN',
  'RESET_LINK_EXPIRED',
  'RESET_LINK_USED',

  // Sessions, registrations and evaluations.
  'REGISTRATION_CLOSED',
  'ALREADY_REGISTERED',
  'ALREADY_CANCELLED',
  'SESSION_STARTED',
  'SESSION_CANCELLED',
  'SESSION_COMPLETED',
  'SESSION_NOT_STARTED',
  'SESSION_NOT_ENDED',
  'VENUE_CLASH',
  'FACILITATOR_CLASH',
  'EVALUATION_RELEASED',
  'EVALUATION_CLOSED',
  'NOT_AN_ATTENDEE',
  'ALREADY_EVALUATED',
  // Around a session: messages from staff.
  'NO_RECIPIENTS',
  'TOO_MANY_MESSAGES',
  'EVALUATION_WITHHELD',
  'ANSWER_REQUIRED',
  'UNKNOWN_QUESTION',
  'ANSWER_OUT_OF_SCALE',
  'QUESTION_SET_EMPTY',

  // Importing recommendations: the file as a whole (also a field reason of contentBase64) ...
  'INVALID_ROWS',
  'FILE_TOO_LARGE',
  'UNREADABLE_FILE',
  'MISSING_COLUMNS',
  'DUPLICATE_COLUMNS',
  'NO_ROWS',
  'TOO_MANY_ROWS',
  // ... and its cells (REFERENCE_TAKEN, UNKNOWN_FACET and UNKNOWN_THEME are listed elsewhere).
  'REQUIRED',
  'TOO_LONG',
  'INACTIVE_FACET',
  'INVALID_PRIORITY',
  'DUPLICATE_REFERENCE',
  'EXTRA_CELLS',

  // Field reasons of the services.
  'WRONG_PASSWORD',
  'SAME_AS_CURRENT',
  'PASSWORD_TOO_WEAK',
  'PASSWORD_HAS_PERSONAL_INFO',
  'REQUIRED_FOR_ROLE',
  'NOT_ALLOWED_FOR_ROLE',
  'NOT_ALLOWED',
  'UNKNOWN_MUNICIPALITY',
  'IMMUTABLE',
  'UNKNOWN_SCAN',
  'UNKNOWN_OWNER',
  'UNKNOWN_FACET',
  'RETIRED_FACET',
  'NOT_ALL_FACETS',
  'UNKNOWN_THEME',
  'NOT_EARLIER_RECOMMENDATION',
  'INVALID_TRANSITION',
  'REASON_REQUIRED',
  'OUT_OF_RANGE',
  'UNKNOWN_PROGRAMME',
  'CANNOT_CHANGE_PROGRAMME',
  'BEFORE_START_YEAR',
  'PERIOD_TOO_LONG',
  'THEME_REQUIRED',
  'OUTSIDE_PROGRAMME_PERIOD',
  'YEAR_REQUIRED',
  'ENDS_BEFORE_START',
  'DEADLINE_AFTER_START',
  'PLACE_REQUIRED',
  'UNKNOWN_VENUE',
  'UNKNOWN_FACILITATOR',
  'EXCEEDS_CAPACITY',
  'BELOW_CONFIRMED',
  'SIZE',
  'DUPLICATE',
  'UNKNOWN_REGISTRATION',
  'NOT_CONFIRMED',
  'DUE_DATE_IN_PAST',
  'INVALID_LINK',
  // Repeat rules of a session series (packages/shared repeat-rule.ts).
  'INVALID_DATE',
  'INVALID_TIME',
  'UNTIL_BEFORE_START',
  'SERIES_END_REQUIRED',
  'SERIES_TOO_MANY',
  'SERIES_TOO_LONG',
  'SERIES_EMPTY',

  // Attachments of follow-up (the upload endpoint): the file as a whole.
  'EMPTY_FILE',
  'ATTACHMENT_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'INVALID_FILE_NAME',

  // Peer-learning tracks: enrolment, pairing and publication.
  'ENROLMENT_CLOSED',
  'ALREADY_ENROLLED',
  'PROPOSAL_PUBLISHED',
  'NOT_ENOUGH_MEMBERS',
  'FORBIDDEN_PAIRS',
  'LOCKED_GROUP_INVALID',
  'UNKNOWN_GOAL',
  'GOAL_REQUIRED',
  'NOT_A_COLLEAGUE',
  'INVALID_MONTH',
  'ENROLMENT_WITHDRAWN',
  'INVALID_GROUPS',
  // Peer groups at work: meetings, log and evaluation.
  'MEETING_CANCELLED',
  'HOST_NOT_MEMBER',
  'EVALUATION_NOT_OPEN',
  // The coordinator's workspace: its filters and the export.
  'DUE_RANGE_REVERSED',
  'EXPORT_TOO_LARGE',

  // Audit log paging.
  'INVALID_CURSOR',

  // Learning links of recommendations.
  'ALREADY_LINKED',
  'UNKNOWN_LEARNING',

  // Consent behind the regional picture.
  'DECISION_IN_FUTURE',

  // Field reasons of class-validator: the constraint names of the decorators on the API's input classes.
  'arrayMaxSize',
  'arrayMinSize',
  'arrayUnique',
  'isBoolean',
  'isDate',
  'isEmail',
  'isEnum',
  'isIn',
  'isInt',
  'isLength',
  'isNotBlank',
  'isUrl',
  'isUuid',
  'max',
  'maxLength',
  'min',
  'nestedValidation',
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && (ERROR_REASONS as readonly string[]).includes(value);
}
