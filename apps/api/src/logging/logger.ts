import pino from 'pino';
import { safeError } from './safe-error';

export type Logger = pino.Logger;

/** Keys under which callers (and graphile-worker's meta) put errors. */
const ERROR_KEYS = ['err', 'error'];

/**
 * JSON logs that never carry confidential data. Every error, under whatever top-level key, is
 * reduced by `safeError` to its type, scrubbed message, codes, identifiers and stack frames (no SQL,
 * parameters or row values); cookies, authorization headers and anything named like a secret or
 * like request data are redacted in case a caller logs a whole object. GraphQL variables are never
 * logged at all. `destination` lets tests read what would be written.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'rode-draad-api' },
    serializers: Object.fromEntries(ERROR_KEYS.map((key) => [key, (value: unknown) => safeError(value)])),
    formatters: {
      // Errors under any other key (pino runs this before the serializers above).
      log(object) {
        const safe: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(object)) {
          safe[key] = value instanceof Error && !ERROR_KEYS.includes(key) ? safeError(value) : value;
        }
        return safe;
      },
    },
    hooks: {
      // pino takes the raw `err.message` as the line's message when none is given: give a scrubbed one.
      logMethod(args, method) {
        const [first, second] = args as unknown[];
        const error =
          first instanceof Error
            ? first
            : ERROR_KEYS.map((k) => (first as Record<string, unknown> | null)?.[k]).find((e) => e instanceof Error);
        if (error instanceof Error && typeof second !== 'string') {
          const fields = first instanceof Error ? { err: first } : (first as object);
          const summary = safeError(error);
          method.apply(this, [fields, typeof summary === 'string' ? summary : summary.message]);
          return;
        }
        method.apply(this, args);
      },
    },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.token',
        'parameters',
        '*.parameters',
        'variables',
        '*.variables',
        'detail',
        '*.detail',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
