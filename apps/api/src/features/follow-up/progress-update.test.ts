import { UPLOAD_CSRF_HEADER } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs, sessionTokenOf } from '../../test/factories';
import { SAMPLE_FILES } from '../../test/sample-files';
import { startTestApp, type TestApp } from '../../test/test-app';

const PROGRESS = `mutation ($id: ID!, $input: ProgressInput!) {
  recordProgress(id: $id, input: $input) { id status version viewerCan { followUp recordProgress linkLearning } } }`;
const RECORD = `mutation ($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { id } }`;

let app: TestApp;
let facet: string;
let scan: string;
let owner: Awaited<ReturnType<typeof actAs>>;
let rec: string;

const events = async (id: string) =>
  app.owner.query<{ kind: string; actor_user_id: string; note: string | null }[]>(
    `SELECT kind, actor_user_id, note FROM recommendation_events WHERE recommendation_id = $1 ORDER BY at`,
    [id],
  );

async function upload(userId: string, recommendationId: string) {
  const token = await sessionTokenOf(app, userId);
  return fetch(`${app.url}/api/recommendations/${recommendationId}/attachments`, {
    method: 'POST',
    headers: {
      cookie: `rd_session=${token}`,
      [UPLOAD_CSRF_HEADER]: '1',
      'x-file-name': 'verslag.pdf',
      'content-type': 'application/octet-stream',
    },
    body: SAMPLE_FILES.pdf,
  });
}

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app);
  scan = await createScan(app, 'GM0141');
  owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
  rec = await createRecommendation(app, scan, facet, { ownerUserId: owner.user.id });
});
afterAll(() => app.close());

describe('owners record progress', () => {
  it('an owner adds a note and links to their own recommendation; the version and follow-up stay', async () => {
    const { recordProgress } = await owner.client.ok<{
      recordProgress: { status: string; version: number; viewerCan: Record<string, boolean> };
    }>(PROGRESS, { id: rec, input: { note: '  Eerste overleg gehad  ', links: ['https://intranet.example/notulen'] } });
    expect(recordProgress).toMatchObject({
      status: 'OPEN',
      version: 1,
      viewerCan: { followUp: false, recordProgress: true, linkLearning: false },
    });
    expect(await events(rec)).toEqual([
      { kind: 'PROGRESS', actor_user_id: owner.user.id, note: 'Eerste overleg gehad' },
    ]);
    const [audit] = await app.owner.query<{ action: string; details: unknown }[]>(
      `SELECT action, details FROM audit_log WHERE entity = 'recommendation' AND entity_id = $1 AND action = 'UPDATE'`,
      [rec],
    );
    expect(audit).toEqual({ action: 'UPDATE', details: { followUp: ['PROGRESS'] } });
  });

  it('an owner uploads evidence to their own recommendation', async () => {
    const res = await upload(owner.user.id, rec);
    expect(res.status).toBe(201);
    expect((await events(rec)).map((e) => e.kind)).toContain('ATTACHMENT');
  });

  it('an owner may not change status, owner or due date', async () => {
    const refused = await owner.client.gql(RECORD, { id: rec, input: { status: 'DONE', expectedVersion: 1 } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a participant who does not own it, and another municipality, get NOT_FOUND like a missing id; nothing written', async () => {
    const before = (await events(rec)).length;
    const missing = '00000000-0000-4000-8000-00000000abcd';
    for (const [role, municipality] of [
      ['PARTICIPANT', 'GM0141'],
      ['MUNICIPAL_COORDINATOR', 'GM0153'],
      ['PARTICIPANT', 'GM0153'],
    ] as const) {
      const other = await actAs(app, role, { municipality });
      const refused = await other.client.gql(PROGRESS, { id: rec, input: { note: 'x' } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(refused.errors).toEqual((await other.client.gql(PROGRESS, { id: missing, input: { note: 'x' } })).errors);
      expect((await upload(other.user.id, rec)).status).toBe(404);
    }
    for (const role of ['PROGRAMME_STAFF', 'RIEC_ANALYST', 'ADMIN'] as const) {
      const other = await actAs(app, role);
      expect((await other.client.gql(PROGRESS, { id: rec, input: { note: 'x' } })).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await events(rec)).length).toBe(before);
  });

  it('a coordinator of the municipality adds progress too; an empty update or a bad link is refused', async () => {
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    await coordinator.client.ok(PROGRESS, { id: rec, input: { links: ['https://intranet.example/besluit'] } });
    const empty = await owner.client.gql(PROGRESS, { id: rec, input: { note: '   ', links: [] } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'note', reason: 'REQUIRED' }],
    });
    const bad = await owner.client.gql(PROGRESS, { id: rec, input: { links: ['javascript:alert(1)'] } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'links', reason: 'INVALID_LINK' }] });
  });

  it('row-level security: the owner’s session may append only progress and files, and only to their own', async () => {
    const other = await createRecommendation(app, scan, facet);
    const token = await sessionTokenOf(app, owner.user.id);
    const asOwner = async (sql: string, params: unknown[]): Promise<unknown> => {
      const runner = app.app.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
        return (await runner.query(sql, params)) as unknown;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const insert = (recommendationId: string, kind: string, extra = `note`) =>
      asOwner(
        `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, actor_user_id, kind, ${extra})
         SELECT id, region_id, municipality_id, $2, $3, ${extra === 'note' ? `'x'` : `'OPEN', 'DONE'`}
           FROM recommendations WHERE id = $1`,
        [recommendationId, owner.user.id, kind],
      );
    await expect(insert(rec, 'PROGRESS')).resolves.toBeDefined();
    await expect(insert(rec, 'STATUS', 'from_status, to_status')).rejects.toThrow(/row-level security/);
    // Not their own: the owner's session does not even see the row to copy it; forge the ids by hand.
    const [target] = await app.owner.query<{ region_id: string; municipality_id: string }[]>(
      `SELECT region_id, municipality_id FROM recommendations WHERE id = $1`,
      [other],
    );
    await expect(
      asOwner(
        `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, actor_user_id, kind, note)
         VALUES ($1, $2, $3, $4, 'PROGRESS', 'x')`,
        [other, target!.region_id, target!.municipality_id, owner.user.id],
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
