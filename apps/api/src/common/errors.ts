import type { ErrorCode, ErrorReason } from '@rode-draad/shared';

/** A problem with one input field: `field` is the input path, `reason` a stable key the web app translates. */
export interface FieldProblem {
  field: string;
  reason: ErrorReason;
}

/**
 * Errors the services raise on purpose. Each maps to one `extensions.code`; `reason` is a stable,
 * machine-readable detail the web app can translate (e.g. WRONG_CREDENTIALS); only reasons listed in
 * the shared ERROR_REASONS compile, so none reaches the web app without text.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly reason?: ErrorReason,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(reason: ErrorReason = 'LOGIN_REQUIRED', message = 'You need to log in.') {
    super(message, reason);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You may not do this.') {
    super(message, 'FORBIDDEN');
  }
}

/** Also the answer for records the viewer may not see: denial never reveals existence. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    what: string,
    /** A confidential record the viewer asked for by id: recorded as a denied attempt (never sent to the client). */
    readonly deniedConfidential?: { entity: 'scan' | 'recommendation' | 'recommendation_attachment'; id: string },
  ) {
    super(`${what} not found.`, 'NOT_FOUND', { what });
  }
}

export class BadInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    message: string,
    readonly fields: FieldProblem[] = [],
    reason: ErrorReason = 'INVALID_INPUT',
  ) {
    super(message, reason, { fields });
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
  constructor(reason: ErrorReason, message: string, extra: Record<string, unknown> = {}) {
    super(message, reason, extra);
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED' as const;
  constructor(
    retryAfterSeconds: number,
    reason: ErrorReason = 'TOO_MANY_ATTEMPTS',
    message = 'Too many attempts. Try again later.',
  ) {
    super(message, reason, { retryAfterSeconds });
  }
}

/** The database cannot be reached for a moment (HTTP 503 with a Retry-After): the request may be sent again. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(retryAfterSeconds: number) {
    super('The service is briefly unavailable. Try again in a few seconds.', undefined, { retryAfterSeconds });
  }
}
