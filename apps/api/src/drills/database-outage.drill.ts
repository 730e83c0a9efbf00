import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../bench/server-process';
import { startEmbeddedPostgres, type EmbeddedServer } from '../db/embedded-postgres';
import { createLogger } from '../logging/logger';
import { figure } from './figures';

const OUTAGE_MS = 65_000;
const PASSWORD = 'drill-superuser-password';
const LOGIN = JSON.stringify({
  query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { role } }',
  variables: { e: 'nobody@drill.example', p: 'not-the-password' },
});

let dir: string;
let postgres: EmbeddedServer | undefined;
let server: ServerProcess;
const startPostgres = (port?: number) =>
  startEmbeddedPostgres({ clusterDir: path.join(dir, 'pg'), password: PASSWORD, log: createLogger('warn'), port });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rd-drill-outage-'));
  postgres = await startPostgres();
  const admin = new Client({ connectionString: postgres.superuserUrl('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE rode_draad');
  await admin.end();
  server = await startServerProcess({
    DATABASE_URL: `postgres://rode_draad_app:drill-app-password@127.0.0.1:${postgres.port}/rode_draad`,
    DATABASE_OWNER_URL: postgres.superuserUrl('rode_draad'),
    RD_DEMO: '0',
    LOG_LEVEL: 'info',
  });
});
afterAll(async () => {
  if (server?.child.exitCode === null) {
    await server.stop('SIGTERM');
  }
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const status = async (url: string, init?: RequestInit) => {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    await response.text();
    return response.status;
  } catch {
    return 0;
  }
};
const graphql = () =>
  status(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: LOGIN });

describe('drill: PostgreSQL away across a minute boundary', () => {
  it(`stops PostgreSQL for ${OUTAGE_MS / 1000} s: the process lives, answers 503, and recovers within 5 s`, async () => {
    expect(await graphql()).toBe(200);
    // Start the outage some seconds before a minute's tick, when graphile-worker's cron schedules.
    const toNextMinute = 60_000 - (Date.now() % 60_000);
    await sleep(toNextMinute > 10_000 ? toNextMinute - 10_000 : toNextMinute + 50_000);
    const port = postgres!.port;
    await postgres!.stop();
    postgres = undefined;

    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    const until = Date.now() + OUTAGE_MS;
    while (Date.now() < until && server.child.exitCode === null) {
      count(`readyz ${await status(`${server.url}/readyz`)}`);
      count(`graphql ${await graphql()}`);
      await sleep(1_000);
    }
    const aliveThroughOutage = server.child.exitCode === null;

    postgres = await startPostgres(port);
    const back = performance.now();
    let recoveryMs = Number.POSITIVE_INFINITY;
    while (performance.now() - back < 30_000 && server.child.exitCode === null) {
      if ((await status(`${server.url}/readyz`)) === 200 && (await graphql()) === 200) {
        recoveryMs = performance.now() - back;
        break;
      }
      await sleep(100);
    }
    let workerMs = Number.POSITIVE_INFINITY;
    while (performance.now() - back < 30_000 && server.child.exitCode === null) {
      if (server.output().includes('background worker running again')) {
        workerMs = performance.now() - back;
        break;
      }
      await sleep(100);
    }
    const log = server.output();
    figure('outage: process alive through the outage', aliveThroughOutage ? 'yes' : 'NO');
    figure('outage: answers during the outage', [...seen].map(([k, n]) => `${k}:${n}`).join(' '));
    figure('outage: lines logging the outage start', (log.match(/database unavailable; answering 503/g) ?? []).length);
    figure('outage: recovery of /readyz and GraphQL after restart (ms)', Math.round(recoveryMs));
    figure('outage: background worker running again after restart (ms)', Math.round(workerMs));
    expect(aliveThroughOutage).toBe(true);
    expect(seen.get('graphql 500') ?? 0).toBe(0);
    expect(recoveryMs).toBeLessThan(5_000);
    expect(workerMs).toBeLessThan(5_000);
    expect(await server.stop('SIGTERM')).toBe(0);
  }, 240_000);
});
