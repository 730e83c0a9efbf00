import type { RequestHandler } from 'express';

/** One year; no includeSubDomains or preload, which would bind other sites of the operator's domain. */
const HSTS = 'max-age=31536000';

/** Conservative headers for an app that loads nothing from other origins. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  // Only over HTTPS, directly or via a trusted proxy (X-Forwarded-Proto): browsers ignore it over HTTP.
  if (req.secure) {
    res.setHeader('Strict-Transport-Security', HSTS);
  }
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader(
    'Content-Security-Policy',
    // Mantine writes CSS variables into style attributes, hence 'unsafe-inline' for styles only.
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  );
  next();
};
