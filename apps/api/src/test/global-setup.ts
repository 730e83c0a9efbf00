import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../db/data-source';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createLogger } from '../logging/logger';

export const TEMPLATE_DATABASE = 'rd_template';
export const APP_PASSWORD = 'test-app-password';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { port: number; superuserPassword: string; appPassword: string; template: string };
  }
}

/**
 * One real PostgreSQL for the whole run, in a temporary directory on a free port. The migrations
 * run once into a template database; every test file clones it (see database.ts).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rd-test-pg-'));
  const superuserPassword = 'test-superuser-password';
  const server = await startEmbeddedPostgres({
    clusterDir: path.join(dir, 'pg'),
    password: superuserPassword,
    log: createLogger('warn'),
    ephemeral: true,
  });
  const admin = new Client({ connectionString: server.superuserUrl('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await runMigrations(server.superuserUrl(TEMPLATE_DATABASE));
  await admin.query(`ALTER ROLE rode_draad_app LOGIN PASSWORD '${APP_PASSWORD}'`);
  await admin.end();

  project.provide('postgres', {
    port: server.port,
    superuserPassword,
    appPassword: APP_PASSWORD,
    template: TEMPLATE_DATABASE,
  });

  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
