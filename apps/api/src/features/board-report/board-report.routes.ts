import express from 'express';
import { fileRouteHelpers, sendDownload } from '../../common/http-files';
import type { DatabaseAvailability } from '../../db/availability';
import type { Logger } from '../../logging/logger';
import type { Services } from '../../services';
import { SESSION_COOKIE, readCookie } from '../auth/session-cookie';

/**
 * `GET /api/picture-snapshots/:id/board-report.pdf`: the board report of a published snapshot as
 * a PDF made by the server, for whoever may read the region's picture (as the attachment download:
 * the session cookie, errors in GraphQL's shape, a 404 for a snapshot that does not exist or is
 * another region's).
 */
export function boardReportRoutes(options: {
  services: Services;
  log: Logger;
  availability: DatabaseAvailability;
}): express.Router {
  const { services } = options;
  const router = express.Router();
  const { viewerOf, fail } = fileRouteHelpers({
    ...options,
    resolveSession: (token) => services.sessions.resolve(token),
    readSessionToken: (req) => readCookie(req, SESSION_COOKIE),
  });

  router.get('/picture-snapshots/:id/board-report.pdf', async (req, res) => {
    try {
      const file = await services.boardReport.pdf(await viewerOf(req), String(req.params.id));
      sendDownload(res, { ...file, contentType: 'application/pdf' });
    } catch (error) {
      fail(res, error, 'board report failed');
    }
  });

  return router;
}
