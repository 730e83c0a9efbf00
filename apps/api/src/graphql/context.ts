import type { Request, Response } from 'express';
import type { Context } from '../access/request-context';
import { SESSION_COOKIE, readCookie } from '../features/auth/session-cookie';
import { throttleAddress } from '../http/client-address';
import { createLoaders } from '../loaders';
import type { Logger } from '../logging/logger';
import type { Services } from '../services';

export async function buildContext(options: {
  req: Request;
  res: Response;
  services: Services;
  log: Logger;
  forceSecureCookies: boolean;
}): Promise<Context> {
  const { req, res, services } = options;
  const requestId = String(res.locals.requestId);
  const token = readCookie(req, SESSION_COOKIE);
  const viewer = token ? await services.sessions.resolve(token) : null;
  const log = options.log.child({ requestId, userId: viewer?.userId });
  return {
    requestId,
    viewer,
    services,
    // Fresh per request: a loader's cache must never serve one user's rows to another.
    loaders: createLoaders(services, viewer),
    req,
    res,
    clientAddress: throttleAddress(req.ip),
    log,
    secureCookies: options.forceSecureCookies || req.secure,
  };
}
