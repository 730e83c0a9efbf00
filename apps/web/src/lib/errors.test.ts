import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_REASONS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@rode-draad/shared';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { describeError, isUnauthenticated } from './errors';

function graphQLError(extensions: Record<string, unknown>) {
  const errors = [{ message: 'server text', extensions }];
  return new CombinedGraphQLErrors({ data: null, errors }, errors);
}

describe('describeError', () => {
  it('prefers the specific reason over the generic code', () => {
    const { message } = describeError(graphQLError({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' }));
    expect(message.key).toBe('errors.reason.WRONG_CREDENTIALS');
  });

  it('falls back to the code for unknown reasons', () => {
    const { message } = describeError(graphQLError({ code: 'FORBIDDEN', reason: 'SOMETHING_NEW' }));
    expect(message.key).toBe('errors.code.FORBIDDEN');
  });

  it('rounds the lock-out of rate limiting up to whole minutes', () => {
    const { message } = describeError(
      graphQLError({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 61 }),
    );
    expect(message).toEqual({ key: 'errors.reason.TOO_MANY_ATTEMPTS', values: { minutes: 2 } });
  });

  it('maps field problems, including class-validator constraints, to form fields', () => {
    const { fieldErrors, message } = describeError(
      graphQLError({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fields: [
          { field: 'email', reason: 'isEmail' },
          { field: 'input.password', reason: 'isLength' },
          { field: 'municipalityId', reason: 'REQUIRED_FOR_ROLE' },
          { field: 'name', reason: 'somethingUnheardOf' },
        ],
      }),
    );
    expect(message.key).toBe('errors.reason.INVALID_INPUT');
    expect(fieldErrors).toEqual({
      email: { key: 'errors.field.isEmail' },
      password: { key: 'errors.field.passwordLength', values: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } },
      municipalityId: { key: 'errors.field.REQUIRED_FOR_ROLE' },
      name: { key: 'errors.field.invalid' },
    });
  });

  it('explains a refused weak password on the password field', () => {
    const { fieldErrors } = describeError(
      graphQLError({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fields: [
          { field: 'newPassword', reason: 'PASSWORD_TOO_WEAK' },
          { field: 'password', reason: 'PASSWORD_HAS_PERSONAL_INFO' },
        ],
      }),
    );
    expect(fieldErrors).toEqual({
      newPassword: { key: 'errors.field.PASSWORD_TOO_WEAK' },
      password: { key: 'errors.field.PASSWORD_HAS_PERSONAL_INFO' },
    });
  });

  it('puts a taken e-mail address on the e-mail field', () => {
    const { fieldErrors, message } = describeError(graphQLError({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' }));
    expect(message.key).toBe('errors.reason.EMAIL_TAKEN');
    expect(fieldErrors.email?.key).toBe('errors.field.EMAIL_TAKEN');
  });

  it('reads GraphQL errors from a non-2xx answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] });
    const error = new ServerError('Bad request', { response: new Response(body, { status: 400 }), bodyText: body });
    expect(describeError(error).message.key).toBe('errors.code.BAD_USER_INPUT');
  });

  it('tells a moment of unavailability from a bug, from the API or from a proxy in front of it', () => {
    const fromApi = graphQLError({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(describeError(fromApi).message.key).toBe('errors.code.SERVICE_UNAVAILABLE');
    const fromProxy = new ServerError('Bad gateway', {
      response: new Response('<html>', { status: 502 }),
      bodyText: '<html>',
    });
    expect(describeError(fromProxy).message.key).toBe('errors.code.SERVICE_UNAVAILABLE');
  });

  it('treats anything else as a network problem', () => {
    expect(describeError(new TypeError('Failed to fetch')).message.key).toBe('errors.code.NETWORK');
  });

  it('explains input refused at the edge, on the form field too', () => {
    const { message, fieldErrors } = describeError(
      graphQLError({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_CHARACTERS',
        fields: [{ field: 'input.body', reason: 'INVALID_CHARACTERS' }],
      }),
    );
    expect(message.key).toBe('errors.reason.INVALID_CHARACTERS');
    expect(fieldErrors.body?.key).toBe('errors.field.INVALID_CHARACTERS');
    expect(describeError(graphQLError({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' })).message.key).toBe(
      'errors.reason.INVALID_ID',
    );
  });

  it('recognises an ended session', () => {
    expect(isUnauthenticated(graphQLError({ code: 'UNAUTHENTICATED', reason: 'LOGIN_REQUIRED' }))).toBe(true);
    expect(isUnauthenticated(graphQLError({ code: 'NOT_FOUND' }))).toBe(false);
  });
});

describe('translations', () => {
  /** The text of a key of the default namespace, or undefined. */
  const text = (language: 'nl' | 'en', key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        resources[language].translation,
      );

  it('has Dutch and English text for every reason the API can send, alone and beside a field', () => {
    const missing = ERROR_REASONS.flatMap((reason) => {
      const { message, fieldErrors } = describeError(
        graphQLError({ code: 'BAD_USER_INPUT', reason, fields: [{ field: 'x', reason }] }),
      );
      const keys = [...new Set([message.key, fieldErrors.x?.key ?? 'errors.field.missing'])];
      const generic = keys.filter((key) => key.startsWith('errors.code.') || key === 'errors.field.invalid');
      const untranslated = keys.flatMap((key) =>
        (['nl', 'en'] as const)
          .filter((language) => {
            const value = text(language, key);
            return typeof value !== 'string' || value.trim() === '';
          })
          .map((language) => `${key} (${language})`),
      );
      // INVALID_INPUT beside a field is "this value is not valid" on purpose.
      return [...(reason === 'INVALID_INPUT' ? [] : generic), ...untranslated].map(
        (problem) => `${reason}: ${problem}`,
      );
    });
    expect(missing).toEqual([]);
  });

  const leaves = (node: unknown, prefix = ''): string[] =>
    typeof node === 'object' && node !== null && !Array.isArray(node)
      ? Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
      : [prefix];

  it('has the same keys in Dutch and English, in every namespace', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.nl).sort());
    for (const namespace of Object.keys(resources.nl) as (keyof typeof resources.nl)[]) {
      expect(leaves(resources.en[namespace]).sort(), namespace).toEqual(leaves(resources.nl[namespace]).sort());
    }
  });
});
