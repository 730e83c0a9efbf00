import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode, isErrorReason, type ErrorCode, type ErrorReason } from '@rode-draad/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, ServiceUnavailableError, type FieldProblem } from '../common/errors';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/availability';

/** Apollo's own codes for requests that never reached a resolver, all the client's fault; sent as the reason. */
const CLIENT_FAULT_CODES: readonly ErrorReason[] = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
];

const isClientFaultCode = (code: unknown): code is ErrorReason =>
  typeof code === 'string' && (CLIENT_FAULT_CODES as readonly string[]).includes(code);

const GENERIC_MESSAGE = 'Something went wrong on our side. Try again later.';

function validationProblems(error: ArgumentValidationError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const e of errors) {
      const field = prefix ? `${prefix}.${e.property}` : e.property;
      for (const constraint of Object.keys(e.constraints ?? {})) {
        // error-reasons.test.ts keeps every constraint the input classes declare in ERROR_REASONS.
        problems.push({ field, reason: isErrorReason(constraint) ? constraint : 'INVALID_INPUT' });
      }
      if (e.children?.length) {
        walk(e.children, field);
      }
    }
  };
  walk(error.extensions.validationErrors, '');
  return problems;
}

/**
 * What was thrown: behind a resolver's GraphQLError (unwrapResolverError), or behind the wrapper
 * Apollo puts around an error a plugin threw before execution (e.g. the input guard).
 */
function originalOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  const wrapped = (unwrapped as { originalError?: unknown } | null)?.originalError;
  return wrapped instanceof DomainError ? wrapped : unwrapped;
}

/** The HTTP status Apollo answers an error with, when it set one (e.g. 400 for a wrong persisted-query hash). */
function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * An error graphql-js raised about the request itself before any resolver ran (e.g. "Too many
 * errors processing variables"): not at a path, not wrapping anything thrown by our code.
 */
function isRequestError(error: unknown): boolean {
  return error instanceof GraphQLError && error.path === undefined && error.originalError == null;
}

/** The domain error behind an error; a database that cannot be reached counts as one (503). */
function domainErrorOf(error: unknown): DomainError | undefined {
  const original = originalOf(error);
  if (original instanceof DomainError) {
    return original;
  }
  return isDatabaseUnavailable(original) ? new ServiceUnavailableError(RETRY_AFTER_SECONDS) : undefined;
}

/** The code and extra extensions an error maps to, or undefined for an unexpected error. */
function classify(error: unknown, code: unknown): Record<string, unknown> | undefined {
  const domain = domainErrorOf(error);
  if (domain) {
    return { code: domain.code, reason: domain.reason, ...domain.extra };
  }
  const original = originalOf(error);
  if (original instanceof ArgumentValidationError) {
    return { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: validationProblems(original) };
  }
  if (original instanceof AuthorizationError) {
    return { code: 'FORBIDDEN', reason: 'FORBIDDEN' };
  }
  if (original instanceof AuthenticationError) {
    return { code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' };
  }
  if (isClientFaultCode(code)) {
    return { code: 'BAD_USER_INPUT', reason: code };
  }
  if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
    return { code };
  }
  const status = httpStatusOf(error);
  if ((status !== undefined && status >= 400 && status < 500) || isRequestError(error)) {
    return { code: 'BAD_USER_INPUT' satisfies ErrorCode, reason: 'BAD_REQUEST' };
  }
  return undefined;
}

const codeOf = (error: unknown) => (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;

/**
 * Whether an error is one the API raises on purpose or the client caused; everything else (a bug)
 * deserves a log line at error level. A database outage is expected here: it is logged once by
 * the availability monitor, not once per request.
 */
export function isExpectedError(error: unknown): boolean {
  return classify(error, codeOf(error)) !== undefined;
}

/** Whether an error means the database could not be reached (answered 503). */
export function isServiceUnavailable(error: unknown): boolean {
  return isDatabaseUnavailable(originalOf(error));
}

/**
 * The one place where errors become responses: domain errors keep their code, validation errors
 * become BAD_USER_INPUT with per-field reasons, and anything unexpected gets a generic message,
 * never a stack trace (the operation-log plugin logs it with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const extensions = classify(error, formatted.extensions?.code ?? codeOf(error));
  if (!extensions) {
    return { message: GENERIC_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const domain = domainErrorOf(error);
  const message = domain
    ? domain.message
    : extensions.reason === 'INVALID_INPUT'
      ? 'Some fields are not valid.'
      : extensions.code === 'FORBIDDEN'
        ? 'You may not do this.'
        : formatted.message;
  return { message, locations: formatted.locations, path: formatted.path, extensions };
}

/**
 * graphql-js ends some messages with "Did you mean …?", naming fields, arguments and enum values.
 * Apollo's hideSchemaDetailsFromClientErrors strips them from validation errors only, not from
 * variable coercion ("Value … does not exist in … enum. Did you mean the enum value …?").
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** formatError for the server's mode: in production, without schema suggestions in any message. */
export function createFormatError(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = formatError(formatted, error);
    return options.production ? { ...result, message: result.message.replace(SUGGESTION, '') } : result;
  };
}
