import express from 'express';
import type { Viewer } from '../../access/viewer';
import { DomainError, UnauthenticatedError } from '../../common/errors';
import type { DatabaseAvailability } from '../../db/availability';
import type { Logger } from '../../logging/logger';
import type { Services } from '../../services';
import { SESSION_COOKIE, readCookie } from '../auth/session-cookie';
import { contentDisposition, sendError } from '../follow-up/attachment.routes';

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
  const { services, log, availability } = options;
  const router = express.Router();

  router.get('/picture-snapshots/:id/board-report.pdf', async (req, res) => {
    try {
      const token = readCookie(req, SESSION_COOKIE);
      const viewer: Viewer | null = token ? await services.sessions.resolve(token) : null;
      if (!viewer) {
        throw new UnauthenticatedError();
      }
      const file = await services.boardReport.pdf(viewer, String(req.params.id));
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', String(file.content.length));
      res.setHeader('Content-Disposition', contentDisposition(file.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      res.end(file.content);
    } catch (error) {
      if (error instanceof DomainError) {
        sendError(res, error.code, error.reason, error.message);
      } else if (availability.noteError(error)) {
        sendError(res, 'SERVICE_UNAVAILABLE', undefined, 'The service is briefly unavailable.');
      } else {
        log.error({ err: error, requestId: res.locals.requestId }, 'board report failed');
        sendError(res, 'INTERNAL_SERVER_ERROR', undefined, 'Something went wrong on our side. Try again later.');
      }
    }
  });

  return router;
}
