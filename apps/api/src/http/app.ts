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
import { createApollo } from '../graphql/apollo';
import { buildContext } from '../graphql/context';
import { createServices } from '../services';
import type { Logger } from '../logging/logger';
import { securityHeaders } from './security-headers';

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
        extensions: { code: 'BAD_USER_INPUT', reason: (tooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_REQUEST') satisfies ErrorReason },
      },
    ],
  });
};

export interface App {
  server: http.Server;
  stop(): Promise<void>;
}

export async function createApp(options: {
  config: Pick<
    Config,
    'production' | 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'secureCookies' | 'trustProxy' | 'webDistDir' | 'publicUrl' | 'mail'
  >;
  dataSource: DataSource;
  log: Logger;
  /** Other throttle rules than the defaults: tests use shorter delays. */
  loginThrottle?: Partial<LoginThrottleRules>;
}): Promise<App> {
  const { config, dataSource, log } = options;
  const app = express();
  const server = http.createServer(app);
  const services = createServices(dataSource, config, { loginThrottle: options.loginThrottle });
  const apollo = await createApollo({ httpServer: server, log, production: config.production });

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    res.locals.requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', String(res.locals.requestId));
    next();
  });
  app.use(securityHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
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
      // Logged here, without the URL: it holds the token.
      log.error({ err: error, requestId: res.locals.requestId }, 'calendar feed failed');
      res.status(500).type('text/plain').send('Internal error');
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        buildContext({ req, res, services, log, forceSecureCookies: config.secureCookies }),
    }),
  );

  if (existsSync(path.join(config.webDistDir, 'index.html'))) {
    // Source maps would publish the web app's source: never served, even if a build left some behind.
    app.use((req, res, next) => {
      if (req.path.endsWith('.map')) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      next();
    });
    app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
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
    log.error({ err: error, requestId: res.locals.requestId, method: req.method, path }, 'unhandled HTTP error');
    res.status(500).json({ error: 'internal error' });
  };
  app.use(lastResort);

  return {
    server,
    async stop() {
      await apollo.stop();
    },
  };
}
