import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { workerLogger } from '../features/notifications/worker';
import { RecommendationEntity } from '../features/recommendations/recommendation.entity';
import { createFacet, createRecommendation, createScan } from '../test/confidential-factories';
import { actAs } from '../test/factories';
import type { Client } from '../test/client';
import { startTestApp, type TestApp } from '../test/test-app';
import { createLogger } from './logger';

/** A pino destination that keeps every line, to read what the app would have written. */
class CapturedLog {
  lines: string[] = [];
  write(line: string) {
    this.lines.push(line);
  }
  get text() {
    return this.lines.join('');
  }
  entries() {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

// Confidential text as a user would type it; it must reach PostgreSQL and never the log.
const MARKER = `Vertrouwelijk-${randomBytes(6).toString('hex')}`;

const captured = new CapturedLog();
let app: TestApp;
let analyst: Client;
let facetId: string;
let scanId: string;

beforeAll(async () => {
  app = await startTestApp({}, { log: createLogger('trace', captured) });
  ({ client: analyst } = await actAs(app, 'RIEC_ANALYST'));
  facetId = await createFacet(app);
  scanId = await createScan(app, 'GM0141');
  // Failures PostgreSQL reports with the row's values in `detail`, set up behind the app's back.
  await app.owner.query(
    `ALTER TABLE recommendations ADD CONSTRAINT test_body_refused CHECK (position('refuse-me' in body) = 0) NOT VALID`,
  );
  await app.owner.query(`CREATE UNIQUE INDEX test_title_unique ON recommendations (title)`);
});
afterAll(() => app.close());
beforeEach(() => {
  captured.lines = [];
});

const UPDATE = `mutation ($id: ID!, $input: RecommendationInput!, $expectedVersion: Int! = 1) {
  updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) { id }
}`;

const input = (title: string, body: string) => ({ title, body, facetId, priority: 'P2' });

function unexpectedErrors() {
  return captured.entries().filter((entry) => entry.msg === 'unexpected error');
}

describe('a query that fails in PostgreSQL leaves no confidential data in the log', () => {
  it('a check violation (PostgreSQL puts the whole row in its detail)', async () => {
    const id = await createRecommendation(app, scanId, facetId);
    const result = await analyst.gql(UPDATE, { id, input: input(`Titel ${MARKER}`, `refuse-me ${MARKER}`) });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toContain(MARKER);

    // Still a useful line: what failed and where, by SQLSTATE and constraint name.
    const [logged] = unexpectedErrors();
    expect(logged?.err).toMatchObject({
      type: 'QueryFailedError',
      code: '23514',
      constraint: 'test_body_refused',
      table: 'recommendations',
    });
    expect((logged?.err as { stack?: string }).stack).toMatch(/^\s+at /);
    expect(captured.text).not.toContain(MARKER);
  });

  it('a unique violation (PostgreSQL names the duplicate value in its detail)', async () => {
    await createRecommendation(app, scanId, facetId, { title: `Bestaand ${MARKER}` });
    const id = await createRecommendation(app, scanId, facetId);
    const result = await analyst.gql(UPDATE, { id, input: input(`Bestaand ${MARKER}`, `Toelichting ${MARKER}`) });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    expect(unexpectedErrors()[0]?.err).toMatchObject({ code: '23505', constraint: 'test_title_unique' });
    expect(captured.text).not.toContain(MARKER);
  });

  it('a NUL byte is refused at the edge, before PostgreSQL, and not logged either', async () => {
    const id = await createRecommendation(app, scanId, facetId);
    const result = await analyst.gql(UPDATE, { id, input: input(`Titel ${MARKER}`, `Toelichting\u0000${MARKER}`) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });
    expect(unexpectedErrors()).toEqual([]);
    expect(captured.lines.length).toBeGreaterThan(0);
    expect(captured.text).not.toContain(MARKER);
  });
});

describe('the logger reduces every error to safe fields', () => {
  const failures = {
    // The message itself quotes the value.
    'a cast': () => app.owner.query('SELECT $1::uuid', [MARKER]),
    'an integer out of range': () => app.owner.query(`SELECT $1::int`, [`${MARKER}`]),
    // TypeORM prints the search criteria into the message.
    'a missing entity': () => app.owner.getRepository(RecommendationEntity).findOneOrFail({ where: { title: MARKER } }),
    // Detail and hint chosen by a function: anything at all.
    'a raised exception': () =>
      app.owner.query(
        `DO $$ BEGIN RAISE EXCEPTION 'failed for "%"', '${MARKER}' USING DETAIL = '${MARKER}', HINT = '${MARKER}'; END $$`,
      ),
  };

  for (const [name, fail] of Object.entries(failures)) {
    it(`${name}, however it is passed to the logger`, async () => {
      const error = await fail().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(JSON.stringify(error) + String((error as Error).stack)).toContain(MARKER);

      const log = createLogger('trace', captured);
      log.error(error);
      log.error({ err: error }, 'with a message');
      log.error({ err: error });
      // graphile-worker's meta and any other key.
      log.warn({ error }, 'worker');
      log.warn({ failure: error, nested: { parameters: [MARKER], variables: { title: MARKER } } }, 'elsewhere');
      log.error({ err: new Error('wrapped', { cause: error }) }, 'with a cause');
      log.error({ err: new AggregateError([error], 'several') }, 'aggregate');

      expect(captured.lines).toHaveLength(7);
      expect(captured.text).not.toContain(MARKER);
      const [first] = captured.entries();
      expect((first?.err as { type?: string }).type).toMatch(/Error$/);
    });
  }

  it("a background job's failure, which graphile-worker spells out in its message", async () => {
    const error = await app.owner.query<never>('SELECT $1::uuid', [MARKER]).catch((e: unknown) => e as Error);
    const job = { id: '7', task_identifier: 'deliver_outbox', attempts: 1, payload: { title: MARKER } };
    const worker = workerLogger(createLogger('trace', captured), () => false).scope({ label: 'job' });
    worker.error(
      `Failed task 7 (deliver_outbox, 3.00ms, attempt 1 of 1) with error '${error.message}':\n  ${error.stack}`,
      {
        failure: true,
        job,
        error,
      },
    );
    const [entry] = captured.entries();
    expect(entry).toMatchObject({
      msg: 'Failed task 7 (deliver_outbox, 3.00ms, attempt 1 of 1) with error',
      job: { id: '7', task: 'deliver_outbox' },
      error: { code: '22P02' },
    });
    expect(captured.text).not.toContain(MARKER);
  });

  it('keeps what identifies the failure', async () => {
    const error = await app.owner.query<unknown>('SELECT $1::uuid', [MARKER]).catch((e: unknown) => e);
    createLogger('trace', captured).error({ err: error }, 'cast failed');
    const [entry] = captured.entries();
    expect(entry?.err).toMatchObject({
      type: 'QueryFailedError',
      code: '22P02',
      message: 'invalid input syntax for type uuid: "…"',
      routine: expect.any(String),
    });
    expect(Object.keys(entry?.err as object)).not.toEqual(
      expect.arrayContaining(['query', 'parameters', 'driverError']),
    );
  });
});

describe("PostgreSQL's own log, which the embedded server writes into ours", () => {
  it('carries no failed statement, no detail and no quoted value', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rd-log-pg-'));
    const server = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'pg'),
      password: 'log-test',
      log: createLogger('debug', captured),
      ephemeral: true,
    });
    try {
      const client = new PgClient({ connectionString: server.superuserUrl('postgres') });
      await client.connect();
      await client.query('CREATE TABLE t (title text UNIQUE)');
      await client.query('INSERT INTO t VALUES ($1)', [MARKER]);
      for (const [sql, params] of [
        ['INSERT INTO t VALUES ($1)', [MARKER]],
        [`SELECT '${MARKER}'::uuid`, []],
        ['SELECT $1::int', [MARKER]],
      ] as const) {
        await expect(client.query(sql, [...params])).rejects.toThrow();
      }
      await client.end();
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
    // The server did report the failures, just without their data.
    expect(captured.text).toMatch(/duplicate key value violates unique constraint/);
    expect(captured.text).not.toContain(MARKER);
  });
});
