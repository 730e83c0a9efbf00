import { ATTACHMENT_MAX_BYTES, UPLOAD_CSRF_HEADER, type ErrorCode, type ErrorReason } from '@rode-draad/shared';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { Viewer } from '../../access/viewer';
import { DomainError, UnauthenticatedError } from '../../common/errors';
import { RETRY_AFTER_SECONDS, type DatabaseAvailability } from '../../db/availability';
import type { Logger } from '../../logging/logger';
import type { Services } from '../../services';
import { SESSION_COOKIE, readCookie } from '../auth/session-cookie';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Answers in GraphQL's error shape, so the web app reads codes and reasons the same way for both. */
export function sendError(res: Response, code: ErrorCode, reason: ErrorReason | undefined, message: string): void {
  const status = reason === 'ATTACHMENT_TOO_LARGE' ? 413 : STATUS[code];
  if (status === 503) {
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  }
  res.status(status).json({ errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] });
}

/**
 * `Content-Disposition: attachment` with the stored name: an ASCII fallback for old clients and the
 * exact name as RFC 5987 `filename*`. Quotes, backslashes and anything outside printable ASCII
 * never reach the quoted part.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * The cookie session rules of the GraphQL endpoint, for a plain HTTP write: the session cookie is
 * SameSite=Lax, and like Apollo's CSRF prevention the request must carry a header a cross-site page
 * cannot send without a CORS preflight (which this app never grants), and no foreign Origin.
 */
function isForeignOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) {
    return false;
  }
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (a sandboxed or file page) or garbage
  }
}

const sameSiteOnly: RequestHandler = (req, res, next) => {
  if (
    !req.get(UPLOAD_CSRF_HEADER) ||
    isForeignOrigin(req.get('origin'), req.get('host')) ||
    req.get('sec-fetch-site') === 'cross-site'
  ) {
    sendError(res, 'BAD_USER_INPUT', 'BAD_REQUEST', 'This request must come from the Rode Draad app itself.');
    return;
  }
  next();
};

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
  const { services, log, availability } = options;
  const router = express.Router();

  const viewerOf = async (req: Request): Promise<Viewer> => {
    const token = readCookie(req, SESSION_COOKIE);
    const viewer = token ? await services.sessions.resolve(token) : null;
    if (!viewer) {
      throw new UnauthenticatedError();
    }
    return viewer;
  };

  const fail = (res: Response, error: unknown, what: string) => {
    if (error instanceof DomainError) {
      sendError(res, error.code, error.reason, error.message);
    } else if (availability.noteError(error)) {
      sendError(res, 'SERVICE_UNAVAILABLE', undefined, 'The service is briefly unavailable.');
    } else {
      log.error({ err: error, requestId: res.locals.requestId }, what);
      sendError(res, 'INTERNAL_SERVER_ERROR', undefined, 'Something went wrong on our side. Try again later.');
    }
  };

  // Who is asking is settled before a byte of the body is read.
  const authenticated: RequestHandler = async (req, res, next) => {
    try {
      res.locals.viewer = await viewerOf(req);
      next();
    } catch (error) {
      fail(res, error, 'attachment request failed');
    }
  };

  const tooLarge: ErrorRequestHandler = (error: { type?: string }, _req, res, _next) => {
    if (error.type === 'entity.too.large') {
      sendError(res, 'BAD_USER_INPUT', 'ATTACHMENT_TOO_LARGE', 'The file is larger than 10 MB.');
      return;
    }
    sendError(res, 'BAD_USER_INPUT', 'MALFORMED_REQUEST', 'The request could not be read.');
  };

  router.post(
    '/recommendations/:id/attachments',
    sameSiteOnly,
    authenticated,
    express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES }),
    tooLarge,
    (async (req, res) => {
      try {
        let name = '';
        try {
          name = decodeURIComponent(req.get('x-file-name') ?? '');
        } catch {
          // Not percent-encoded: no usable name, refused below as INVALID_FILE_NAME.
        }
        const body: unknown = req.body;
        const content = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
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
    }) satisfies RequestHandler,
  );

  router.get('/attachments/:id', authenticated, async (req, res) => {
    try {
      const file = await services.attachments.download(
        { viewer: res.locals.viewer as Viewer, requestId: String(res.locals.requestId) },
        String(req.params.id),
      );
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.content.length));
      res.setHeader('Content-Disposition', contentDisposition(file.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      // Opened anyway (a browser that ignores "attachment"): no scripts, no plugins, no same-origin rights.
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      res.end(file.content);
    } catch (error) {
      fail(res, error, 'attachment download failed');
    }
  });

  return router;
}
