import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode, type ErrorCode } from '@rode-draad/shared';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, type FieldProblem } from '../common/errors';
import type { Logger } from '../logging/logger';

/** Apollo's own codes for requests that never reached a resolver, all the client's fault. */
const CLIENT_FAULT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function validationProblems(error: ArgumentValidationError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const e of errors) {
      const field = prefix ? `${prefix}.${e.property}` : e.property;
      for (const constraint of Object.keys(e.constraints ?? {})) {
        problems.push({ field, reason: constraint });
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
 * The one place where errors become responses: domain errors keep their code, validation errors
 * become BAD_USER_INPUT with per-field reasons, and anything unexpected is logged and answered
 * with a generic message, never a stack trace.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, reason: original.reason, ...original.extra },
      };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        ...base,
        message: 'Some fields are not valid.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: validationProblems(original) },
      };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: 'You may not do this.', extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN' } };
    }
    if (original instanceof AuthenticationError) {
      return { ...base, message: 'You need to log in.', extensions: { code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_FAULT_CODES.has(code)) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, reason: code } };
    }
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return { ...base, extensions: { code } };
    }
    // graphql-armor and graphql-js reject abusive or malformed documents without a code.
    if (!(original instanceof Error) || original === error) {
      const isDocumentProblem = formatted.path === undefined && code === undefined;
      if (isDocumentProblem) {
        return { ...base, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, reason: 'INVALID_DOCUMENT' } };
      }
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Something went wrong on our side. Try again later.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
    };
  };
}
