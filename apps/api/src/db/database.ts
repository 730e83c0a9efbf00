import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Logger } from '../logging/logger';
import { provisionAppLogin } from './app-role';
import { createDataSource, runMigrations } from './data-source';
import {
  embeddedClusterDir,
  loadOrCreateCredentials,
  startEmbeddedPostgres,
  type EmbeddedServer,
} from './embedded-postgres';
import { Client } from 'pg';

export interface Database {
  dataSource: DataSource;
  ownerUrl: string;
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'rode_draad';

async function ensureDatabase(server: EmbeddedServer, name: string): Promise<void> {
  const client = new Client({ connectionString: server.superuserUrl('postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${name}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Connects to the configured PostgreSQL, or starts the embedded one, then migrates as the owner
 * and opens the application pool as the (non-owner) application role.
 */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let server: EmbeddedServer | undefined;
  let appUrl: string;
  let ownerUrl: string;
  if (config.databaseUrl) {
    appUrl = config.databaseUrl;
    ownerUrl = config.databaseOwnerUrl ?? config.databaseUrl;
  } else {
    const credentials = await loadOrCreateCredentials(config.dataDir);
    server = await startEmbeddedPostgres({
      clusterDir: embeddedClusterDir(config.dataDir),
      password: credentials.superuserPassword,
      log,
    });
    await ensureDatabase(server, EMBEDDED_DATABASE);
    ownerUrl = server.superuserUrl(EMBEDDED_DATABASE);
    appUrl = `postgres://rode_draad_app:${credentials.appPassword}@127.0.0.1:${server.port}/${EMBEDDED_DATABASE}`;
    log.info({ port: server.port, dataDir: config.dataDir }, 'embedded PostgreSQL started');
  }
  try {
    const applied = await runMigrations(ownerUrl);
    log.info({ applied }, 'migrations up to date');
    await provisionAppLogin(ownerUrl, appUrl, log);
    const dataSource = createDataSource({ url: appUrl });
    await dataSource.initialize();
    return {
      dataSource,
      ownerUrl,
      embedded: server !== undefined,
      async close() {
        await dataSource.destroy();
        await server?.stop();
      },
    };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}
