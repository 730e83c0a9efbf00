import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_NAME_MAX_LENGTH,
  UPLOAD_CSRF_HEADER,
  type AttachmentContentType,
  type ErrorCode,
  type ErrorReason,
} from '@rode-draad/shared';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { Viewer } from '../access/viewer';
import { RETRY_AFTER_SECONDS, type DatabaseAvailability } from '../db/availability';
import type { Logger } from '../logging/logger';
import { BadInputError, DomainError, UnauthenticatedError } from './errors';
import { detectContentType } from './file-type';

/**
 * What every file route shares (follow-up evidence, session materials, generated PDFs and .ics):
 * errors in GraphQL's shape, the session cookie as the credential, the CSRF guard of uploads, the
 * checks on an uploaded file, and the headers that make a download a download and never a page.
 */

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

/** A file as a download: never rendered inline, never sniffed, never cached, sandboxed if opened anyway. */
export function sendDownload(res: Response, file: { contentType: string; fileName: string; content: Buffer }): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.content.length));
  res.setHeader('Content-Disposition', contentDisposition(file.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  // Opened anyway (a browser that ignores "attachment"): no scripts, no plugins, no same-origin rights.
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.end(file.content);
}

/** A file name as shown and offered for download: no path, no control characters, trimmed. */
export function cleanFileName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
}

/**
 * Checks an uploaded file before anything is stored: a name of at most 200 characters, not empty,
 * at most 10 MB, and an accepted type detected from its bytes (never from its name or the browser's claim).
 */
export function checkUploadedFile(
  rawName: string,
  content: Buffer,
): { fileName: string; contentType: AttachmentContentType } {
  const fileName = cleanFileName(rawName);
  if (fileName.length === 0 || fileName.length > ATTACHMENT_NAME_MAX_LENGTH) {
    throw new BadInputError('The file needs a name of at most 200 characters.', [], 'INVALID_FILE_NAME');
  }
  if (content.length === 0) {
    throw new BadInputError('The file is empty.', [], 'EMPTY_FILE');
  }
  if (content.length > ATTACHMENT_MAX_BYTES) {
    throw new BadInputError('The file is larger than 10 MB.', [], 'ATTACHMENT_TOO_LARGE');
  }
  const contentType = detectContentType(content);
  if (!contentType) {
    throw new BadInputError('This kind of file cannot be attached.', [], 'UNSUPPORTED_FILE_TYPE');
  }
  return { fileName, contentType };
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

export const sameSiteOnly: RequestHandler = (req, res, next) => {
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

/** The upload body: raw bytes up to 10 MB, a typed error beyond. Mount after `sameSiteOnly` and the viewer. */
export const uploadBody: (RequestHandler | ErrorRequestHandler)[] = [
  express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES }),
  ((error: { type?: string }, _req, res, _next) => {
    if (error.type === 'entity.too.large') {
      sendError(res, 'BAD_USER_INPUT', 'ATTACHMENT_TOO_LARGE', 'The file is larger than 10 MB.');
      return;
    }
    sendError(res, 'BAD_USER_INPUT', 'MALFORMED_REQUEST', 'The request could not be read.');
  }) satisfies ErrorRequestHandler,
];

/** The uploaded file's name (percent-encoded in `X-File-Name`; '' when unusable) and bytes. */
export function uploadedFile(req: Request): { name: string; content: Buffer } {
  let name = '';
  try {
    name = decodeURIComponent(req.get('x-file-name') ?? '');
  } catch {
    // Not percent-encoded: no usable name, refused by checkUploadedFile as INVALID_FILE_NAME.
  }
  const body: unknown = req.body;
  return { name, content: Buffer.isBuffer(body) ? body : Buffer.alloc(0) };
}

/** Shared plumbing of a file router: who is asking, and how a failure is answered. */
export function fileRouteHelpers(options: {
  resolveSession: (token: string) => Promise<Viewer | null>;
  readSessionToken: (req: Request) => string | undefined;
  log: Logger;
  availability: DatabaseAvailability;
}) {
  const { log, availability } = options;
  const viewerOf = async (req: Request): Promise<Viewer> => {
    const token = options.readSessionToken(req);
    const viewer = token ? await options.resolveSession(token) : null;
    if (!viewer) {
      throw new UnauthenticatedError();
    }
    return viewer;
  };
  const fail = (res: Response, error: unknown, what: string): void => {
    if (error instanceof DomainError) {
      sendError(res, error.code, error.reason, error.message);
    } else if (availability.noteError(error)) {
      sendError(res, 'SERVICE_UNAVAILABLE', undefined, 'The service is briefly unavailable.');
    } else {
      log.error({ err: error, requestId: res.locals.requestId }, what);
      sendError(res, 'INTERNAL_SERVER_ERROR', undefined, 'Something went wrong on our side. Try again later.');
    }
  };
  // Who is asking is settled before a byte of a body is read.
  const authenticated: RequestHandler = async (req, res, next) => {
    try {
      res.locals.viewer = await viewerOf(req);
      next();
    } catch (error) {
      fail(res, error, 'file request failed');
    }
  };
  return { viewerOf, fail, authenticated };
}
