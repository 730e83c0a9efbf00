import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

const WEB_DIST = path.resolve(__dirname, '../../../web/dist');

/**
 * What the login page makes the browser download before it shows: the entry chunk and its static
 * imports, plus the Dutch text bundle the entry loads at start (apps/web/src/i18n/index.ts). Sizes are
 * those of the `.gz`/`.br` copies the server sends (apps/web/build-tools/precompress.ts).
 */
export function benchWebSize(): Record<string, number> {
  const manifestPath = path.join(WEB_DIST, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No web build at ${WEB_DIST}: run npm run build first`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  visit('src/i18n/bundle-nl.ts');

  const sizeOf = (file: string, suffix: '.gz' | '.br') => {
    const copy = path.join(WEB_DIST, file + suffix);
    // Files under the precompression threshold are sent as they are.
    return existsSync(copy) ? statSync(copy).size : statSync(path.join(WEB_DIST, file)).size;
  };
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    raw += statSync(path.join(WEB_DIST, file)).size;
    gzip += sizeOf(file, '.gz');
    brotli += sizeOf(file, '.br');
  }
  // The whole app's JavaScript, for comparison with what the login page needs.
  const allJs = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + sizeOf(file, '.gz'), 0);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    'web: login page JS, files': files.size,
    'web: login page JS, raw (KB)': kb(raw),
    'web: login page JS, gzip (KB)': kb(gzip),
    'web: login page JS, brotli (KB)': kb(brotli),
    'web: whole app JS, gzip (KB)': kb(allJs),
  };
}
