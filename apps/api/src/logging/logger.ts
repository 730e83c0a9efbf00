import pino from 'pino';

export type Logger = pino.Logger;

/**
 * JSON logs. Cookies, authorization headers and anything named like a secret are redacted
 * in case a caller logs a whole object; GraphQL variables are never logged at all.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'rode-draad-api' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.token',
      ],
      censor: '[redacted]',
    },
  });
}
