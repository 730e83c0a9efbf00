import { DataSource, type Logger as TypeOrmLogger, type LoggerOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  logging?: LoggerOptions;
  /** Sees every statement; tests use it to count queries. */
  logger?: TypeOrmLogger;
}

/**
 * A TypeORM data source with a bounded pool: a query never waits forever for a connection,
 * runs longer than the statement timeout, or leaves a transaction idle.
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: options.logging ?? false,
    ...(options.logger ? { logger: options.logger } : {}),
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 30_000,
      application_name: options.applicationName ?? 'rode-draad',
    },
  });
}

export async function runMigrations(ownerUrl: string): Promise<number> {
  const owner = createDataSource({ url: ownerUrl, poolSize: 1, applicationName: 'rode-draad-migrate' });
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    return applied.length;
  } finally {
    await owner.destroy();
  }
}
