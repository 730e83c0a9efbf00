import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../db/data-source';

export interface TestDatabase {
  name: string;
  /** As the application role: what the running app uses. */
  appUrl: string;
  /** As the superuser: for factories and for looking behind the app's back. */
  ownerUrl: string;
}

/** A fresh, migrated database cloned from the template (about 20 ms), private to one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const pg = inject('postgres');
  const name = `rd_test_${randomBytes(6).toString('hex')}`;
  const base = `127.0.0.1:${pg.port}`;
  const admin = new Client({ connectionString: `postgres://postgres:${pg.superuserPassword}@${base}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${pg.template}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    appUrl: `postgres://rode_draad_app:${pg.appPassword}@${base}/${name}`,
    ownerUrl: `postgres://postgres:${pg.superuserPassword}@${base}/${name}`,
  };
}

export async function openDataSource(url: string, logger?: TypeOrmLogger): Promise<DataSource> {
  const dataSource = createDataSource({ url, poolSize: 5, ...(logger ? { logger } : {}) });
  await dataSource.initialize();
  return dataSource;
}

/** Counts the SQL statements the app runs, so tests can pin the number per request (no N+1). */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements = [];
  }
}
