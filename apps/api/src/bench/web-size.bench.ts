import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

const WEB_DIST = path.resolve(__dirname, '../../../web/dist');

/**
 * What the login page makes the browser download before it shows: the entry chunk and its static imports,
 * plus the Dutch texts the entry loads at start (apps/web/src/i18n/index.ts: the shell's texts and
 * NAMESPACES_AT_START of featureTexts.ts). The notification container loads only with a first notification
 * (components/AppNotifications.tsx), so it is not counted.
 */
const LOGIN_PAGE = ['index.html', 'src/i18n/nl.json', 'src/features/accessibility-statement/i18n/nl.json'];

/**
 * What a first visit downloads to see the home page after logging in, on top of the login page: Apollo
 * Client with the route guards, the signed-in layout and the home page, with their static imports
 * (apps/web/src/pages.ts; none needs text namespaces beyond those loaded at start). Every role gets the
 * same home page module, which shows the sections a role's permissions allow, so this is the first page
 * of each role.
 */
const HOME_PAGE = [
  ...LOGIN_PAGE,
  'src/components/WithApollo.tsx',
  'src/components/AppLayout.tsx',
  'src/features/home/HomePage.tsx',
];

/**
 * Sizes of what the login page and the home page load. Sizes are those of the `.gz`/`.br` copies the
 * server sends (apps/web/build-tools/precompress.ts).
 */
export function benchWebSize(): Record<string, number> {
  const manifestPath = path.join(WEB_DIST, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No web build at ${WEB_DIST}: run npm run build first`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  /** The files of these manifest entries and everything they import statically. */
  const filesOf = (keys: string[]) => {
    const files = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk) {
        // A renamed module must not quietly drop out of the measurement.
        throw new Error(`The web build has no ${key}: update web-size.bench.ts`);
      }
      if (files.has(chunk.file)) return;
      files.add(chunk.file);
      chunk.imports?.forEach(visit);
    };
    keys.forEach(visit);
    return files;
  };

  const sizeOf = (file: string, suffix: '.gz' | '.br') => {
    const copy = path.join(WEB_DIST, file + suffix);
    // Files under the precompression threshold are sent as they are.
    return existsSync(copy) ? statSync(copy).size : statSync(path.join(WEB_DIST, file)).size;
  };
  const total = (files: Set<string>, suffix?: '.gz' | '.br') =>
    [...files].reduce(
      (sum, file) => sum + (suffix ? sizeOf(file, suffix) : statSync(path.join(WEB_DIST, file)).size),
      0,
    );
  const files = filesOf(LOGIN_PAGE);
  const home = filesOf(HOME_PAGE);
  // The whole app's JavaScript, for comparison with what the login page needs.
  const allJs = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + sizeOf(file, '.gz'), 0);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    'web: login page JS, files': files.size,
    'web: login page JS, raw (KB)': kb(total(files)),
    'web: login page JS, gzip (KB)': kb(total(files, '.gz')),
    'web: login page JS, brotli (KB)': kb(total(files, '.br')),
    'web: home page after login (every role), JS gzip (KB)': kb(total(home, '.gz')),
    'web: home page after login (every role), JS brotli (KB)': kb(total(home, '.br')),
    'web: whole app JS, gzip (KB)': kb(allJs),
  };
}
