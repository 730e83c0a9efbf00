import type { Request, Response } from 'express';
import { requireViewer } from '../auth/policy';
import type { Acting, Viewer } from '../auth/viewer';
import { createActivityLoaders } from '../features/activities/activity.loaders';
import { createProgrammeLoaders } from '../features/programmes/programme.loaders';
import { createRecommendationLoaders } from '../features/recommendations/recommendation.loaders';
import { createSessionLoaders } from '../features/sessions/session.loaders';
import { createRegistrationLoaders } from '../features/registrations/registration.loaders';
import { createFacetLoaders } from '../features/facets/facet.loaders';
import { createRegionLoaders } from '../features/regions/region.loaders';
import { createScanLoaders } from '../features/scans/scan.loaders';
import { createThemeLoaders } from '../features/themes/theme.loaders';
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

function createLoaders(services: Services, viewer: Viewer | null) {
  return {
    ...createRegionLoaders(services.regions),
    ...createFacetLoaders(services.facets),
    ...createThemeLoaders(services.themes),
    ...createRecommendationLoaders(services.db, viewer),
    ...createScanLoaders(services.db, viewer),
    ...createProgrammeLoaders(services.programmes, viewer?.regionId ?? null),
    ...createActivityLoaders(services.activities, viewer?.regionId ?? null),
    ...createSessionLoaders(services.learningSessions, services.venues, viewer?.regionId ?? null),
    ...createRegistrationLoaders(services.registrations, viewer),
  };
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
    loaders: createLoaders(services, viewer),
    req,
    res,
    log,
    secureCookies: options.forceSecureCookies || req.secure,
  };
}

/** The logged-in viewer and request id, for services that check access and write the audit log. */
export function actingOf(ctx: Context): Acting {
  return { viewer: requireViewer(ctx.viewer), requestId: ctx.requestId };
}
