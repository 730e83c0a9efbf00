// First: sets the libraries' NODE_ENV before graphql or express is loaded (see runtime-mode.ts).
import { operatorNodeEnv } from './runtime-mode';
import 'reflect-metadata';
import { loadConfig } from './config';
import { resolveLinkSecret } from './link-secret';
import { embeddedClusterDir, initialiseInBackground, loadOrCreateCredentials } from './db/embedded-postgres';
import { DEMO_PASSWORD } from './demo/demo-accounts';
import { createLogger } from './logging/logger';

/**
 * The modules that take seconds to load (the GraphQL schema's resolvers with everything they use): loaded
 * while PostgreSQL starts in processes of its own, instead of before it.
 */
async function loadServerModules() {
  const [dataSource, database, app, seed, worker] = await Promise.all([
    import('./db/data-source.js'),
    import('./db/database.js'),
    import('./http/app.js'),
    import('./demo/seed-demo.js'),
    import('./features/notifications/worker.js'),
  ]);
  return {
    createDataSource: dataSource.createDataSource,
    openDatabase: database.openDatabase,
    createApp: app.createApp,
    isEmpty: seed.isEmpty,
    seedDemo: seed.seedDemo,
    startBackgroundWorker: worker.startBackgroundWorker,
  };
}

type ServerModules = Awaited<ReturnType<typeof loadServerModules>>;

/**
 * The demo seed is a bulk load of a hundred transactions: none needs to wait for its commit to reach the
 * disk (an fsync each, milliseconds on a slow disk). A crash can lose its last moments, never consistency;
 * an interrupted seed is incomplete either way.
 */
function withoutCommitWait(url: string): string {
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options');
  parsed.searchParams.set('options', `${options ? `${options} ` : ''}-c synchronous_commit=off`);
  return parsed.toString();
}

async function seedIfEmpty(
  modules: ServerModules,
  ownerUrl: string,
  config: ReturnType<typeof loadConfig>,
  log: ReturnType<typeof createLogger>,
) {
  const { createDataSource, isEmpty, seedDemo } = modules;
  // Seeding writes what the application role may not (e.g. confidential rows of every municipality).
  const owner = createDataSource({
    url: config.demo ? withoutCommitWait(ownerUrl) : ownerUrl,
    poolSize: 2,
    applicationName: 'rode-draad-seed',
  });
  await owner.initialize();
  try {
    if (!(await isEmpty(owner))) {
      return undefined;
    }
    if (config.demo) {
      return await seedDemo(owner);
    }
    if (config.bootstrapAdmin) {
      const { bootstrapAdmin } = await import('./demo/bootstrap-admin.js');
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
  modules: ServerModules,
  ownerUrl: string,
  config: ReturnType<typeof loadConfig>,
  log: ReturnType<typeof createLogger>,
) {
  if (!config.firstAnalyst) {
    return;
  }
  const { createDataSource } = modules;
  const owner = createDataSource({ url: ownerUrl, poolSize: 1, applicationName: 'rode-draad-install' });
  await owner.initialize();
  try {
    const { bootstrapFirstAnalyst } = await import('./demo/bootstrap-analyst.js');
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
  // The deployment's settings follow NODE_ENV as the operator set it, not the libraries' default.
  const config = loadConfig({ ...process.env, NODE_ENV: operatorNodeEnv });
  // Before the database starts, so a weak password stops the start at once and leaves nothing running.
  // Loaded only when needed: the strength check alone takes tenths of a second to load.
  if (config.bootstrapAdmin) {
    const { checkAdminPassword } = await import('./demo/bootstrap-admin.js');
    checkAdminPassword(config.bootstrapAdmin.email, config.bootstrapAdmin.password);
  }
  if (config.firstAnalyst) {
    const { checkFirstAnalyst } = await import('./demo/bootstrap-analyst.js');
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
  // On an empty data directory initdb takes seconds in a process of its own: the modules load meanwhile.
  const cluster = config.databaseUrl
    ? undefined
    : await initialiseInBackground({
        clusterDir: embeddedClusterDir(config.dataDir),
        password: (await loadOrCreateCredentials(config.dataDir)).superuserPassword,
        log,
      });
  const modules = await loadServerModules();
  await cluster?.finished;
  const database = await modules.openDatabase(config, log);
  // The schema is built (CPU in this process) while PostgreSQL does the seeding's work; nothing is
  // served before both are done.
  const [seeded, app] = await Promise.all([
    seedIfEmpty(modules, database.ownerUrl, config, log).then(async (accounts) => {
      await installFirstAnalyst(modules, database.ownerUrl, config, log);
      return accounts;
    }),
    modules.createApp({ config, dataSource: database.dataSource, log }),
  ]);

  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, config.host, resolve);
  });
  const url = `http://localhost:${config.port}`;
  log.info(
    {
      url,
      startupMs: Math.round(performance.now() - started),
      // The libraries' mode (graphql-js, Express), and whether the deployment's production settings apply.
      nodeEnv: process.env.NODE_ENV,
      production: config.production,
    },
    'Rode Draad is running',
  );
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
  const worker = modules.startBackgroundWorker({
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
