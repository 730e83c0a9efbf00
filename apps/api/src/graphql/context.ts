import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import { createRegionLoaders } from '../features/regions/region.loaders';
import { SESSION_COOKIE, readCookie } from '../features/auth/session-cookie';
import type { Logger } from '../logging/logger';
import type { Services } from './services';

export interface Context {
  requestId: string;
  viewer: Viewer | null;
  services: Services;
  loaders: ReturnType<typeof createLoaders>;
  req: Request;
  res: Response;
  log: Logger;
  /** Whether cookies set in this response must be Secure. */
  secureCookies: boolean;
}

function createLoaders(services: Services) {
  return { ...createRegionLoaders(services.regions) };
}

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
    loaders: createLoaders(services),
    req,
    res,
    log,
    secureCookies: options.forceSecureCookies || req.secure,
  };
}
