import express, { type RequestHandler } from 'express';
import type { Viewer } from '../../access/viewer';
import { fileRouteHelpers, sameSiteOnly, sendDownload, uploadBody, uploadedFile } from '../../common/http-files';
import type { DatabaseAvailability } from '../../db/availability';
import type { Logger } from '../../logging/logger';
import type { Services } from '../../services';
import { SESSION_COOKIE, readCookie } from '../auth/session-cookie';

/**
 * Files around a session over plain HTTP, with the session cookie (as follow-up evidence):
 * - `POST /api/sessions/:id/materials`: programme staff upload a material (raw body, name in `X-File-Name`);
 * - `GET /api/session-materials/:id`: a material file, for staff and the session's confirmed registrants;
 * - `GET /api/sessions/:id/calendar.ics`: the session for the viewer's own calendar;
 * - `GET /api/sessions/:id/certificate.pdf[?attendee=<user id>]`: a certificate of attendance, the
 *   viewer's own (or, for staff, an attendee's).
 * Anything the viewer may not have answers like a missing id.
 */
export function sessionExtrasRoutes(options: {
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
  const viewer = (res: express.Response) => res.locals.viewer as Viewer;

  router.post('/sessions/:id/materials', sameSiteOnly, authenticated, ...uploadBody, (async (req, res) => {
    try {
      const { name, content } = uploadedFile(req);
      const material = await services.sessionMaterials.addFile(viewer(res), String(req.params.id), name, content);
      res.status(201).json({ material });
    } catch (error) {
      fail(res, error, 'material upload failed');
    }
  }) satisfies RequestHandler);

  router.get('/session-materials/:id', authenticated, async (req, res) => {
    try {
      sendDownload(res, await services.sessionMaterials.download(viewer(res), String(req.params.id)));
    } catch (error) {
      fail(res, error, 'material download failed');
    }
  });

  router.get('/sessions/:id/calendar.ics', authenticated, async (req, res) => {
    try {
      const file = await services.sessionIcs.ics(viewer(res), String(req.params.id));
      sendDownload(res, { ...file, contentType: 'text/calendar; charset=utf-8' });
    } catch (error) {
      fail(res, error, 'session calendar failed');
    }
  });

  router.get('/sessions/:id/certificate.pdf', authenticated, async (req, res) => {
    try {
      const attendee = typeof req.query.attendee === 'string' ? req.query.attendee : null;
      const file = await services.certificates.pdf(viewer(res), String(req.params.id), attendee);
      sendDownload(res, { ...file, contentType: 'application/pdf' });
    } catch (error) {
      fail(res, error, 'certificate failed');
    }
  });

  return router;
}
