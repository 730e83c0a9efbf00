import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createLogger, type Logger } from '../logging/logger';

export interface BenchDatabase {
  port: number;
  /** As the superuser: for seeding. */
  ownerUrl: string;
  /** As the application role, as the app connects (row-level security applies). */
  appUrl: string;
  /** Stops PostgreSQL and removes its directory. */
  stop: () => Promise<void>;
}

/**
 * An embedded PostgreSQL in a temporary directory (`rd-bench-<name>-…`) with a migrated database
 * `rd_bench` that the application role may log in to.
 */
export async function startBenchDatabase(name: string, log: Logger = createLogger('warn')): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), `rd-bench-${name}-`));
  const remove = () => rm(dir, { recursive: true, force: true });
  const appPassword = randomBytes(12).toString('hex');
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    server = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'pg'),
      password: randomBytes(12).toString('hex'),
      log,
      ephemeral: true,
    });
    const admin = new Client({ connectionString: server.superuserUrl('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE rd_bench');
    await admin.end();
    const ownerUrl = server.superuserUrl('rd_bench');
    await runMigrations(ownerUrl);
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query(`ALTER ROLE rode_draad_app LOGIN PASSWORD '${appPassword}'`);
    } finally {
      await owner.end();
    }
    const running = server;
    return {
      port: server.port,
      ownerUrl,
      appUrl: `postgres://rode_draad_app:${appPassword}@127.0.0.1:${server.port}/rd_bench`,
      stop: async () => {
        await running.stop();
        await remove();
      },
    };
  } catch (error) {
    await server?.stop();
    await remove();
    throw error;
  }
}
