import express, { type RequestHandler } from 'express';
import type { Viewer } from '../../access/viewer';
import { fileRouteHelpers, sameSiteOnly, sendDownload, uploadBody, uploadedFile } from '../../common/http-files';
import type { DatabaseAvailability } from '../../db/availability';
import type { Logger } from '../../logging/logger';
import type { Services } from '../../services';
import { SESSION_COOKIE, readCookie } from '../auth/session-cookie';

/**
 * Attachments of follow-up over plain HTTP (files do not travel through GraphQL):
 * - `POST /api/recommendations/:id/attachments`: the raw file as the body, its name percent-encoded
 *   in `X-File-Name`; answers 201 with the attachment, or a typed error and nothing stored.
 * - `GET /api/attachments/:id`: the file as a download, for whoever may read its recommendation;
 *   anyone else gets the 404 of an id that does not exist.
 */
export function attachmentRoutes(options: {
  services: Services;
  log: Logger;
  availability: DatabaseAvailability;
}): express.Router {
  const { services } = options;
  const router = express.Router();
  const { fail, authenticated } = fileRouteHelpers({
    ...options,
    resolveSession: (token) => services.sessions.resolve(token),
    readSessionToken: (req) => readCookie(req, SESSION_COOKIE),
  });

  router.post('/recommendations/:id/attachments', sameSiteOnly, authenticated, ...uploadBody, (async (req, res) => {
    try {
      const { name, content } = uploadedFile(req);
      const attachment = await services.attachments.upload(
        { viewer: res.locals.viewer as Viewer, requestId: String(res.locals.requestId) },
        String(req.params.id),
        name,
        content,
      );
      res.status(201).json({ attachment });
    } catch (error) {
      fail(res, error, 'attachment upload failed');
    }
  }) satisfies RequestHandler);

  router.get('/attachments/:id', authenticated, async (req, res) => {
    try {
      const file = await services.attachments.download(
        { viewer: res.locals.viewer as Viewer, requestId: String(res.locals.requestId) },
        String(req.params.id),
      );
      sendDownload(res, file);
    } catch (error) {
      fail(res, error, 'attachment download failed');
    }
  });

  return router;
}
