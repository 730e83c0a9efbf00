import { SESSION_COOKIE } from '../features/auth/session-cookie';
import { createLogger } from '../logging/logger';
import { BENCH_PASSWORD, benchScale, startNationalDatabase } from './national-data';

/**
 * `node apps/api/dist/bench/national-server.js`: an embedded PostgreSQL with the national data set
 * (RD_BENCH_SCALE, default 1), for measuring by hand. Prints the database URLs, the bench region's
 * ids and a session cookie per role, and keeps running until Ctrl-C, which removes it again.
 */
async function main() {
  const scale = benchScale();
  console.error(`Seeding the national data set at scale ${scale} …`);
  const db = await startNationalDatabase({ scale, log: createLogger('warn') });
  const { ids } = db;
  const info = {
    scale,
    seedSeconds: Math.round(db.seedMs / 100) / 10,
    counts: db.counts,
    appUrl: db.appUrl,
    ownerUrl: db.ownerUrl,
    regionId: ids.regionId,
    programmeId: ids.programmeId,
    municipalityId: ids.municipalityId,
    otherMunicipalityId: ids.otherMunicipalityId,
    password: BENCH_PASSWORD,
    users: Object.fromEntries(
      Object.entries(ids.users).map(([role, user]) => [role, { ...user, cookie: `${SESSION_COOKIE}=${user.token}` }]),
    ),
  };
  // JSON on stdout, so a script can read it: `node … > national.json`.
  console.log(JSON.stringify(info, null, 2));
  console.error(
    `\nRun the app on it:\n  DATABASE_URL='${db.appUrl}' DATABASE_OWNER_URL='${db.ownerUrl}' NODE_ENV=production node apps/api/dist/main.js\n` +
      `Ctrl-C stops PostgreSQL and removes the data.`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) {
      return;
    }
    stopping = true;
    db.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Keeps the event loop alive until a signal arrives.
  setInterval(() => undefined, 1 << 30);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
