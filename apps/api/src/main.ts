import 'reflect-metadata';
import { loadConfig } from './config';
import { resolveLinkSecret } from './link-secret';
import { createDataSource } from './db/data-source';
import { openDatabase } from './db/database';
import { bootstrapAdmin, checkAdminPassword } from './demo/bootstrap-admin';
import { bootstrapFirstAnalyst, checkFirstAnalyst } from './demo/bootstrap-analyst';
import { DEMO_PASSWORD } from './demo/demo-accounts';
import { isEmpty, seedDemo } from './demo/seed-demo';
import { startBackgroundWorker } from './features/notifications/worker';
import { createApp } from './http/app';
import { createLogger } from './logging/logger';

async function seedIfEmpty(
  ownerUrl: string,
  config: ReturnType<typeof loadConfig>,
  log: ReturnType<typeof createLogger>,
) {
  // Seeding writes what the application role may not (e.g. confidential rows of every municipality).
  const owner = createDataSource({ url: ownerUrl, poolSize: 2, applicationName: 'rode-draad-seed' });
  await owner.initialize();
  try {
    if (!(await isEmpty(owner))) {
      return undefined;
    }
    if (config.demo) {
      return await seedDemo(owner);
    }
    if (config.bootstrapAdmin) {
      await bootstrapAdmin(owner, config.bootstrapAdmin.email, config.bootstrapAdmin.password);
      log.info({ email: config.bootstrapAdmin.email }, 'first administrator created');
    } else {
      log.warn(
        'the database has no accounts: set RD_ADMIN_EMAIL and RD_ADMIN_PASSWORD to create the first administrator',
      );
    }
    return undefined;
  } finally {
    await owner.destroy();
  }
}

/** RD_FIRST_ANALYST_*: the region's first RIEC analyst, while it has none (later ones need an analyst's approval). */
async function installFirstAnalyst(
  ownerUrl: string,
  config: ReturnType<typeof loadConfig>,
  log: ReturnType<typeof createLogger>,
) {
  if (!config.firstAnalyst) {
    return;
  }
  const owner = createDataSource({ url: ownerUrl, poolSize: 1, applicationName: 'rode-draad-install' });
  await owner.initialize();
  try {
    const result = await bootstrapFirstAnalyst(owner, config.firstAnalyst);
    const email = config.firstAnalyst.email;
    if (result === 'created') {
      log.info({ email }, 'first RIEC analyst created');
    } else if (result === 'email-taken') {
      log.warn(
        { email },
        'first RIEC analyst not created: an account with this e-mail address exists; choose another one',
      );
    }
  } finally {
    await owner.destroy();
  }
}

async function main() {
  const config = loadConfig();
  // Before the database starts, so a weak password stops the start at once and leaves nothing running.
  if (config.bootstrapAdmin) {
    checkAdminPassword(config.bootstrapAdmin.email, config.bootstrapAdmin.password);
  }
  if (config.firstAnalyst) {
    checkFirstAnalyst(config.firstAnalyst);
  }
  const log = createLogger(config.logLevel);
  const publicUrl = new URL(config.publicUrl);
  if (
    config.secureCookies &&
    publicUrl.protocol === 'http:' &&
    !['localhost', '127.0.0.1', '[::1]'].includes(publicUrl.hostname)
  ) {
    // Browsers drop Secure cookies set over plain HTTP: logging in would seem to do nothing.
    log.warn(
      'the session cookie is Secure but RD_PUBLIC_URL is plain HTTP: use HTTPS, or RD_INSECURE_COOKIES=1 for a trial',
    );
  }
  config.mail.linkSecret = await resolveLinkSecret(config, (message) => log.warn(message));
  const started = performance.now();
  const database = await openDatabase(config, log);
  const seeded = await seedIfEmpty(database.ownerUrl, config, log);
  await installFirstAnalyst(database.ownerUrl, config, log);
  const app = await createApp({ config, dataSource: database.dataSource, log });

  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, config.host, resolve);
  });
  const url = `http://localhost:${config.port}`;
  log.info({ url, startupMs: Math.round(performance.now() - started) }, 'Rode Draad is running');
  if (seeded) {
    const lines = seeded.slice(0, 6).map((a) => `  ${a.email.padEnd(44)} ${a.role}`);
    process.stdout.write(
      `\nRode Draad runs at ${url} with fictional demo data.\n` +
        `Demo accounts (password "${DEMO_PASSWORD}"):\n${lines.join('\n')}\n` +
        `  … and a coordinator and a participant for every municipality (see README).\n\n`,
    );
  }

  // After the app, so the worker's start never delays serving; stopped before the database closes,
  // also when a signal arrives while it is still starting.
  const worker = startBackgroundWorker({
    ownerUrl: database.ownerUrl,
    dataSource: database.dataSource,
    config,
    log,
    availability: app.availability,
  });

  let stopping = false;
  const shutdown = async (signal: string, exitCode = 0) => {
    if (stopping) {
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    // Beyond the HTTP grace period (20 s), the worker's current job and the pool.
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 40_000);
    force.unref();
    try {
      // Answers every request already received (see http/graceful-stop.ts) before anything else stops.
      if (!(await app.stop())) {
        log.warn('requests still running after the grace period were cut off');
      }
      log.info('http server closed');
      await (await worker.catch(() => undefined))?.stop();
      await database.close();
      log.info('stopped');
      process.exit(exitCode);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  // graphile-worker's cron leaves a rejected promise nobody can catch when the database is away at a
  // minute's tick; the worker is restarted (see supervise.ts), so such an outage must not end the
  // process. Anything else unhandled is a bug: stop in order, with a failing exit code.
  process.on('unhandledRejection', (reason) => {
    if (!app.availability.noteError(reason)) {
      log.fatal({ err: reason }, 'unhandled promise rejection');
      void shutdown('unhandledRejection', 1);
    }
  });
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  worker.catch((error: unknown) => {
    log.error({ err: error }, 'the background worker could not start');
    void shutdown('worker failure', 1);
  });
}

main().catch((error: unknown) => {
  // Through the logger's error serializer: a failed migration or seed must not print its SQL parameters.
  createLogger('info').fatal({ err: error }, 'Rode Draad could not start');
  process.exit(1);
});
