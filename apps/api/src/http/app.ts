import { expressMiddleware } from '@as-integrations/express5';
import type { ErrorReason } from '@rode-draad/shared';
import express, { type ErrorRequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { LoginThrottleRules } from '../features/auth/login-throttle';
import { DatabaseAvailability, RETRY_AFTER_SECONDS } from '../db/availability';
import { createApollo } from '../graphql/apollo';
import { buildContext } from '../graphql/context';
import { contextUnavailableError } from '../graphql/service-unavailable';
import { createServices } from '../services';
import type { Logger } from '../logging/logger';
import { attachmentRoutes } from '../features/follow-up/attachment.routes';
import { boardReportRoutes } from '../features/board-report/board-report.routes';
import { sessionExtrasRoutes } from '../features/session-extras/session-extras.routes';
import { GracefulStop, type GracefulStopOptions } from './graceful-stop';
import { securityHeaders } from './security-headers';
import { webAppFiles } from './static-files';

export const GRAPHQL_BODY_LIMIT = '200kb';

/** Body-parser failures (bad JSON, too large) answered in GraphQL's error shape with a typed code. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const tooLarge = error.type === 'entity.too.large';
  const status = tooLarge ? 413 : error.status && error.status < 500 ? error.status : 400;
  res.status(status).json({
    errors: [
      {
        message: tooLarge ? 'The request is too large.' : 'The request could not be read.',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: (tooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_REQUEST') satisfies ErrorReason,
        },
      },
    ],
  });
};

export interface App {
  server: http.Server;
  /** Whether the database is reachable; the background worker reports to it and hears of recoveries. */
  availability: DatabaseAvailability;
  /** Answers every request already received, then stops; resolves false when the grace period ran out. */
  stop: (options?: GracefulStopOptions) => Promise<boolean>;
}

/** The status an error of the HTTP layer carries when the client caused it (a malformed URL: 400). */
function clientStatusOf(error: unknown): number | undefined {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 ? value : undefined;
}

export async function createApp(options: {
  config: Pick<
    Config,
    | 'production'
    | 'sessionIdleMinutes'
    | 'sessionAbsoluteHours'
    | 'secureCookies'
    | 'trustProxy'
    | 'webDistDir'
    | 'publicUrl'
    | 'mail'
  > &
    Partial<Pick<Config, 'demo'>>;
  dataSource: DataSource;
  log: Logger;
  /** Other throttle rules than the defaults: tests use shorter delays. */
  loginThrottle?: Partial<LoginThrottleRules>;
}): Promise<App> {
  const { config, dataSource, log } = options;
  const app = express();
  const server = http.createServer(app);
  const services = createServices(dataSource, config, { loginThrottle: options.loginThrottle });
  const availability = new DatabaseAvailability(() => dataSource.query('SELECT 1'), log);
  const apollo = await createApollo({ log, production: config.production, availability });
  const graceful = new GracefulStop(server);

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    res.locals.requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', String(res.locals.requestId));
    next();
  });
  app.use(securityHeaders);
  app.use(graceful.closeConnections);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (graceful.isStopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      if (!availability.noteError(error)) {
        log.warn({ err: error }, 'readiness check failed');
      }
      res.status(503).setHeader('Retry-After', String(RETRY_AFTER_SECONDS)).json({ status: 'unavailable' });
    }
  });

  // Calendar subscriptions: the secret token in the path is the credential (no cookies). Anything
  // unknown, revoked or no longer allowed is a bare 404.
  app.get('/calendar/:file', async (req, res) => {
    try {
      const match = /^(.+)\.ics$/.exec(req.params.file);
      const body = match ? await services.calendarFeeds.render(match[1]!) : null;
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Referrer-Policy', 'no-referrer');
      if (!body) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      res.type('text/calendar; charset=utf-8').setHeader('Content-Disposition', 'inline; filename="rode-draad.ics"');
      res.send(body);
    } catch (error) {
      if (availability.noteError(error)) {
        res
          .status(503)
          .setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
          .type('text/plain')
          .send('Service unavailable');
        return;
      }
      // Logged here, without the URL: it holds the token.
      log.error({ err: error, requestId: res.locals.requestId }, 'calendar feed failed');
      res.status(500).type('text/plain').send('Internal error');
    }
  });

  // Evidence files of follow-up: plain HTTP, since files do not travel through GraphQL.
  app.use('/api', attachmentRoutes({ services, log, availability }));
  app.use('/api', boardReportRoutes({ services, log, availability }));
  app.use('/api', sessionExtrasRoutes({ services, log, availability }));

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await buildContext({ req, res, services, log, forceSecureCookies: config.secureCookies });
        } catch (error) {
          throw availability.noteError(error) ? contextUnavailableError() : error;
        }
      },
    }),
  );

  if (existsSync(path.join(config.webDistDir, 'index.html'))) {
    app.use(webAppFiles(config.webDistDir));
    // Client-side routes: every other GET that accepts HTML gets the app shell.
    app.get(/^\/(?!graphql).*/, (req, res, next) => {
      if (!req.accepts('html')) {
        next();
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(config.webDistDir, 'index.html'));
    });
  } else {
    log.warn({ webDistDir: config.webDistDir }, 'web app not built; serving the API only');
  }

  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  const lastResort: ErrorRequestHandler = (error, req, res, _next) => {
    // The path only: a query string can hold a GraphQL GET's variables, a calendar path its token.
    const path = req.path.startsWith('/calendar/') ? '/calendar/:file' : req.path;
    const clientStatus = clientStatusOf(error);
    if (clientStatus) {
      // The client's mistake (e.g. `%ZZ` in the path, which Express cannot decode): no bug to hunt.
      // Without the error: its message quotes the undecodable path segment, a calendar token.
      log.info({ requestId: res.locals.requestId, method: req.method, path, status: clientStatus }, 'bad HTTP request');
      res.status(clientStatus).json({ error: 'bad request' });
      return;
    }
    log.error({ err: error, requestId: res.locals.requestId, method: req.method, path }, 'unhandled HTTP error');
    res.status(500).json({ error: 'internal error' });
  };
  app.use(lastResort);

  return {
    server,
    availability,
    async stop(options) {
      const answeredAll = await graceful.stop(options);
      await apollo.stop();
      await availability.stop();
      return answeredAll;
    },
  };
}
