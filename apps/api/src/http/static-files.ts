import express, { type Request, type Response, type Router } from 'express';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Vite names every file under assets/ after its content, so a cached copy never goes stale. */
const HASHED_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Preferred first: brotli is smaller than gzip for the same file. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}

function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith(HASHED_PREFIX) ? IMMUTABLE : 'no-cache';
}

/**
 * The built web app: the `.br`/`.gz` copies the build wrote (apps/web/build-tools/precompress.ts) when the
 * browser accepts them, hashed assets cached for a year, and never a source map. The file list is read
 * once at start, so a request path is only ever matched against files that exist (no path traversal).
 */
export function webAppFiles(distDir: string): Router {
  const files = new Set(filesUnder(distDir));
  const router = express.Router();

  // Source maps would publish the web app's source: never served, even if a build left some behind.
  router.use((req, res, next) => {
    if (req.path.endsWith('.map')) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    next();
  });

  router.get(/.*/, (req: Request, res: Response, next) => {
    const available = ENCODINGS.filter((encoding) => files.has(req.path + encoding.suffix));
    if (available.length === 0) {
      next();
      return;
    }
    res.setHeader('Vary', 'Accept-Encoding');
    // Our preference, not the header's order: browsers list gzip before br at equal weight.
    const chosen = available.find((encoding) => req.acceptsEncodings(encoding.name) === encoding.name);
    if (!chosen) {
      next();
      return;
    }
    // The type of the original file, not of its compressed copy; `send` keeps a type already set.
    res.type(path.extname(req.path));
    res.setHeader('Content-Encoding', chosen.name);
    res.sendFile(path.join(distDir, req.path + chosen.suffix), {
      headers: { 'Cache-Control': cacheControlFor(req.path) },
      cacheControl: false,
    });
  });

  router.use(
    express.static(distDir, {
      index: false,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        const urlPath = `/${path.relative(distDir, filePath).split(path.sep).join('/')}`;
        res.setHeader('Cache-Control', cacheControlFor(urlPath));
      },
    }),
  );
  return router;
}
