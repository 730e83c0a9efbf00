import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs, municipalityId } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';

const SCANS = `query Scans($m: ID) { scans(municipalityId: $m) { id scanDate kind recommendationCount municipality { code } viewerCan { edit } } }`;
const CREATE = `mutation Create($input: ScanInput!) { createScan(input: $input) { id scanDate kind municipality { code } } }`;
const UPDATE = `mutation Update($id: ID!, $input: ScanInput!, $expectedVersion: Int!) {
  updateScan(id: $id, input: $input, expectedVersion: $expectedVersion) { id summary version }
}`;
const DELETE = `mutation Delete($id: ID!, $expectedVersion: Int!) { deleteScan(id: $id, expectedVersion: $expectedVersion) }`;

let app: TestApp;
let almelo: string;
let facet: string;

beforeAll(async () => {
  app = await startTestApp();
  almelo = await municipalityId(app, 'GM0141');
  facet = await createFacet(app, 'Scanfacet');
});
afterAll(() => app.close());

const input = (overrides: Record<string, unknown> = {}) => ({
  municipalityId: almelo,
  scanDate: '2021-05-01',
  kind: 'BASELINE',
  scope: 'Alle facetten',
  summary: 'Samenvatting',
  ...overrides,
});

describe('scans', () => {
  it('anonymous visitors and other roles cannot record scans', async () => {
    expect(await new Client(app).errorCode(CREATE, { input: input() })).toBe('UNAUTHENTICATED');
    for (const role of ['ADMIN', 'PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(CREATE, { input: input() }), role).toBe('FORBIDDEN');
    }
  });

  it('refuses bad input and writes nothing', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const before = await app.owner.query<{ n: number }[]>('SELECT count(*)::int AS n FROM scans');
    expect(await client.errorCode(CREATE, { input: input({ scanDate: '2021-02-30' }) })).toBe('BAD_USER_INPUT');
    const unknown = await client.gql(CREATE, {
      input: input({ municipalityId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'municipalityId', reason: 'UNKNOWN_MUNICIPALITY' }],
    });
    expect(await app.owner.query('SELECT count(*)::int AS n FROM scans')).toEqual(before);
  });

  it('an analyst records, corrects and deletes a scan with its recommendations', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const { createScan: created } = await client.ok<{ createScan: { id: string; municipality: { code: string } } }>(
      CREATE,
      {
        input: input(),
      },
    );
    expect(created.municipality.code).toBe('GM0141');
    await createRecommendation(app, created.id, facet);
    await createRecommendation(app, created.id, facet);
    const moved = await client.gql(UPDATE, {
      id: created.id,
      input: input({ municipalityId: await municipalityId(app, 'GM0153') }),
      expectedVersion: 1,
    });
    expect(moved.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'municipalityId', reason: 'IMMUTABLE' }] });
    const corrected = await client.ok<{ updateScan: { version: number } }>(UPDATE, {
      id: created.id,
      input: input({ summary: 'Bijgewerkt' }),
      expectedVersion: 1,
    });
    expect(corrected.updateScan.version).toBe(2);
    const { scans } = await client.ok<{ scans: { id: string; recommendationCount: number }[] }>(SCANS, { m: almelo });
    expect(scans.find((s) => s.id === created.id)?.recommendationCount).toBe(2);
    // Deleting what was loaded before the correction would remove a scan its deleter has not seen.
    const stale = await client.gql(DELETE, { id: created.id, expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    expect(await app.owner.query('SELECT 1 AS one FROM recommendations WHERE scan_id = $1', [created.id])).toHaveLength(
      2,
    );
    await client.ok(DELETE, { id: created.id, expectedVersion: 2 });
    expect(await app.owner.query('SELECT 1 FROM recommendations WHERE scan_id = $1', [created.id])).toEqual([]);
    expect(await client.errorCode(DELETE, { id: created.id, expectedVersion: 2 })).toBe('NOT_FOUND');
  });

  it('coordinators see their own scans only, read-only', async () => {
    const own = await createScan(app, 'GM0141');
    const other = await createScan(app, 'GM0153');
    const { client } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const { scans } = await client.ok<{ scans: { id: string; viewerCan: { edit: boolean } }[] }>(SCANS);
    expect(scans.map((s) => s.id)).toContain(own);
    expect(scans.map((s) => s.id)).not.toContain(other);
    expect(scans.every((s) => !s.viewerCan.edit)).toBe(true);
  });
});

describe('optimistic versions', () => {
  it('of two concurrent corrections with the same version one saves, the other gets STALE_VERSION; the winner is stored', async () => {
    const scan = await createScan(app, 'GM0141');
    const analysts = [(await actAs(app, 'RIEC_ANALYST')).client, (await actAs(app, 'RIEC_ANALYST')).client];
    const edits = [input({ summary: 'Eerste lezing' }), input({ summary: 'Tweede lezing', kind: 'RESCAN' })];
    const winner = await expectOneWinner(
      app,
      { table: 'scans', id: scan },
      analysts.map((client, i) => () => client.gql(UPDATE, { id: scan, input: edits[i], expectedVersion: 1 })),
      1,
    );
    const [row] = await app.owner.query<unknown[]>('SELECT summary, kind, version FROM scans WHERE id = $1', [scan]);
    expect(row).toEqual({ summary: edits[winner]!.summary, kind: edits[winner]!.kind, version: 2 });
  });
});

describe('scans list', () => {
  it('runs the same number of SQL statements for few and many scans with recommendations (no N+1)', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const count = async () => {
      app.statements.reset();
      const { scans } = await client.ok<{ scans: { recommendationCount: number }[] }>(SCANS);
      return { statements: app.statements.count, scans: scans.length };
    };
    await createRecommendation(app, await createScan(app, 'GM0141'), facet);
    const few = await count();
    for (let i = 0; i < 15; i += 1) {
      const scanId = await createScan(app, ['GM0141', 'GM0153', 'GM0164'][i % 3]!);
      for (let j = 0; j < i % 3; j += 1) {
        await createRecommendation(app, scanId, facet);
      }
    }
    const many = await count();
    expect(many.scans).toBe(few.scans + 15);
    expect(many.statements).toBe(few.statements);
  });
});
