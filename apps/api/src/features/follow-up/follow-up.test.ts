import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { createAttachment, createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';
import { todayInAmsterdam } from './today';

const RECORD = `mutation Record($id: ID!, $input: FollowUpInput!) {
  recordFollowUp(id: $id, input: $input) { id status statusReason dueDate version owner { id name } }
}`;
const TIMELINE = `query Timeline($id: ID!) { recommendation(id: $id) { id version timeline {
  kind at actor { name } fromStatus toStatus reason fromOwner { name } toOwner { name } fromDueDate toDueDate note links
  attachment { id fileName contentType sizeBytes }
} } }`;
const LIST_TIMELINES = `query ($scanId: ID!) { recommendations(filter: { scanId: $scanId }, page: { offset: 0, limit: 100 }) {
  items { id timeline { kind actor { name } toOwner { name } attachment { fileName } } }
} }`;

type Saved = {
  recordFollowUp: { status: string; statusReason: string | null; dueDate: string | null; version: number };
};
type Timeline = {
  recommendation: {
    version: number;
    timeline: {
      kind: string;
      actor: { name: string } | null;
      fromStatus: string | null;
      toStatus: string | null;
      reason: string | null;
      toOwner: { name: string } | null;
      fromDueDate: string | null;
      toDueDate: string | null;
      note: string | null;
      links: string[];
      attachment: { fileName: string } | null;
    }[];
  };
};

let app: TestApp;
let facet: string;
let almeloScan: string;
let coordinator: Awaited<ReturnType<typeof actAs>>;

const inDays = (days: number) => {
  const date = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const stored = async (id: string) =>
  (
    await app.owner.query<Record<string, unknown>[]>(
      `SELECT status, status_reason, owner_user_id, to_char(due_date, 'YYYY-MM-DD') AS due_date, version,
              (SELECT count(*)::int FROM recommendation_events e WHERE e.recommendation_id = r.id) AS events
         FROM recommendations r WHERE id = $1`,
      [id],
    )
  )[0];

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app);
  almeloScan = await createScan(app, 'GM0141');
  coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
});
afterAll(() => app.close());

describe('one follow-up save', () => {
  it('saves status, owner, due date and a progress note together, each change on the timeline', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const due = inDays(30);
    const saved = await coordinator.client.ok<Saved>(RECORD, {
      id: rec,
      input: {
        status: 'IN_PROGRESS',
        ownerUserId: owner.user.id,
        dueDate: due,
        note: 'Werkgroep Bibob gestart met de afdeling Vergunningen.',
        links: ['https://intranet.almelo.example/bibob/werkgroep', ' https://dms.almelo.example/zaak/42 '],
        expectedVersion: 1,
      },
    });
    expect(saved.recordFollowUp).toMatchObject({ status: 'IN_PROGRESS', dueDate: due, version: 2 });
    const { recommendation } = await coordinator.client.ok<Timeline>(TIMELINE, { id: rec });
    const byKind = Object.fromEntries(recommendation.timeline.map((e) => [e.kind, e]));
    expect(Object.keys(byKind).sort()).toEqual(['DUE_DATE', 'OWNER', 'PROGRESS', 'STATUS']);
    expect(byKind.STATUS).toMatchObject({
      fromStatus: 'OPEN',
      toStatus: 'IN_PROGRESS',
      actor: { name: 'Test MUNICIPAL_COORDINATOR' },
    });
    expect(byKind.OWNER).toMatchObject({ toOwner: { name: 'Test PARTICIPANT' } });
    expect(byKind.DUE_DATE).toMatchObject({ fromDueDate: null, toDueDate: due });
    expect(byKind.PROGRESS).toMatchObject({
      note: 'Werkgroep Bibob gestart met de afdeling Vergunningen.',
      links: ['https://intranet.almelo.example/bibob/werkgroep', 'https://dms.almelo.example/zaak/42'],
    });
    // The owner, a participant, now sees it and its timeline.
    const seen = await owner.client.ok<Timeline>(TIMELINE, { id: rec });
    expect(seen.recommendation.timeline).toHaveLength(4);
  });

  it('a progress note alone is a save too; saving nothing new changes nothing', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const noteOnly = await coordinator.client.ok<Saved>(RECORD, {
      id: rec,
      input: { status: 'OPEN', note: 'Eerste overleg gepland.', expectedVersion: 1 },
    });
    expect(noteOnly.recordFollowUp.version).toBe(2);
    const nothing = await coordinator.client.ok<Saved>(RECORD, {
      id: rec,
      input: { status: 'OPEN', note: '   ', links: [], expectedVersion: 2 },
    });
    expect(nothing.recordFollowUp.version).toBe(2);
    expect(await stored(rec)).toMatchObject({ version: 2, events: 1 });
  });

  it('the workflow: invalid moves and "not adopted" without a reason are refused; the reason is kept', async () => {
    const rec = await createRecommendation(app, almeloScan, facet, { status: 'NOT_ADOPTED' });
    const invalid = await coordinator.client.gql(RECORD, { id: rec, input: { status: 'DONE', expectedVersion: 1 } });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'status', reason: 'INVALID_TRANSITION' }],
    });
    await coordinator.client.ok(RECORD, { id: rec, input: { status: 'OPEN', expectedVersion: 1 } });
    const noReason = await coordinator.client.gql(RECORD, {
      id: rec,
      input: { status: 'NOT_ADOPTED', reason: '  ', expectedVersion: 2 },
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'reason', reason: 'REASON_REQUIRED' }],
    });
    const saved = await coordinator.client.ok<Saved>(RECORD, {
      id: rec,
      input: { status: 'NOT_ADOPTED', reason: 'Regionaal opgepakt', expectedVersion: 2 },
    });
    expect(saved.recordFollowUp).toMatchObject({ status: 'NOT_ADOPTED', statusReason: 'Regionaal opgepakt' });
    const { recommendation } = await coordinator.client.ok<Timeline>(TIMELINE, { id: rec });
    expect(recommendation.timeline.map((e) => [e.toStatus, e.reason])).toEqual([
      ['NOT_ADOPTED', 'Regionaal opgepakt'],
      ['OPEN', null],
    ]);
  });

  it('owners from another municipality, new due dates in the past and bad links: typed errors, nothing written', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const outsider = await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' });
    const admin = await actAs(app, 'ADMIN');
    const before = await stored(rec);
    const refuse = async (input: Record<string, unknown>, field: string, reason: string) => {
      const result = await coordinator.client.gql(RECORD, {
        id: rec,
        input: { status: 'IN_PROGRESS', note: 'Wordt niet bewaard', expectedVersion: 1, ...input },
      });
      expect(result.errors?.[0]?.extensions, `${field} ${reason}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field, reason }],
      });
    };
    await refuse({ ownerUserId: outsider.user.id }, 'ownerUserId', 'UNKNOWN_OWNER');
    await refuse({ ownerUserId: admin.user.id }, 'ownerUserId', 'UNKNOWN_OWNER');
    await refuse({ dueDate: inDays(-1) }, 'dueDate', 'DUE_DATE_IN_PAST');
    for (const link of ['javascript:alert(1)', 'file:///C:/x.docx', 'intranet/x', 'https://u:p@example.org/']) {
      await refuse({ links: [link] }, 'links', 'INVALID_LINK');
    }
    const tooMany = await coordinator.client.gql(RECORD, {
      id: rec,
      input: {
        status: 'OPEN',
        links: Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`),
        expectedVersion: 1,
      },
    });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'links', reason: 'arrayMaxSize' }] });
    expect(await stored(rec)).toEqual(before);
    // Today is fine, and an overdue date that is not changed may stay.
    await coordinator.client.ok(RECORD, {
      id: rec,
      input: { status: 'OPEN', dueDate: todayInAmsterdam(), expectedVersion: 1 },
    });
    await app.owner.query(`UPDATE recommendations SET due_date = now()::date - 10 WHERE id = $1`, [rec]);
    const overdue = (await stored(rec))!.due_date;
    await coordinator.client.ok(RECORD, {
      id: rec,
      input: { status: 'IN_PROGRESS', dueDate: overdue, expectedVersion: 2 },
    });
  });

  it('a stale version is CONFLICT with the current version, and nothing is written', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    await coordinator.client.ok(RECORD, { id: rec, input: { status: 'IN_PROGRESS', expectedVersion: 1 } });
    const before = await stored(rec);
    const stale = await coordinator.client.gql(RECORD, {
      id: rec,
      input: { status: 'DONE', note: 'Afgerond', expectedVersion: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    expect(await stored(rec)).toEqual(before);
  });

  it('two coordinators saving the same version: exactly one saves, the other gets CONFLICT', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const colleague = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const winner = await expectOneWinner(
      app,
      { table: 'recommendations', id: rec },
      [
        () =>
          coordinator.client.gql(RECORD, {
            id: rec,
            input: { status: 'IN_PROGRESS', note: 'Eerste', expectedVersion: 1 },
          }),
        () => colleague.client.gql(RECORD, { id: rec, input: { status: 'DONE', note: 'Tweede', expectedVersion: 1 } }),
      ],
      1,
    );
    expect(await stored(rec)).toMatchObject({ status: winner === 0 ? 'IN_PROGRESS' : 'DONE', version: 2, events: 2 });
  });
});

describe('who may record follow-up and read the timeline', () => {
  it('another municipality gets NOT_FOUND like a missing id; analysts, participants, staff and admins may not write', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const input = { status: 'IN_PROGRESS', note: 'x', expectedVersion: 1 };
    const enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const other = await enschede.client.gql(RECORD, { id: rec, input });
    const missing = await enschede.client.gql(RECORD, { id: '00000000-0000-4000-8000-000000000000', input });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.errors).toEqual(missing.errors);
    for (const role of ['RIEC_ANALYST', 'PARTICIPANT', 'PROGRAMME_STAFF', 'ADMIN'] as const) {
      const { client } = await actAs(app, role, { municipality: 'GM0141' });
      expect(await client.errorCode(RECORD, { id: rec, input }), role).toBe('FORBIDDEN');
    }
    expect(await new Client(app).errorCode(RECORD, { id: rec, input })).toBe('UNAUTHENTICATED');
    expect(await stored(rec)).toMatchObject({ version: 1, events: 0 });
  });

  it('analysts of the region read the timeline; another municipality and an unassigned participant do not', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    await coordinator.client.ok(RECORD, {
      id: rec,
      input: { status: 'IN_PROGRESS', note: 'Gestart', expectedVersion: 1 },
    });
    const analyst = await actAs(app, 'RIEC_ANALYST');
    expect((await analyst.client.ok<Timeline>(TIMELINE, { id: rec })).recommendation.timeline).toHaveLength(2);
    for (const [role, municipality] of [
      ['MUNICIPAL_COORDINATOR', 'GM0153'],
      ['PARTICIPANT', 'GM0141'],
    ] as const) {
      const { client } = await actAs(app, role, { municipality });
      expect(await client.errorCode(TIMELINE, { id: rec }), role).toBe('NOT_FOUND');
    }
  });
});

describe('the timeline', () => {
  it('carries the status history the migration took over: one source', async () => {
    const [{ n }] = await app.owner.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'recommendation_status_changes'`,
    );
    expect(n).toBe(0);
  });

  it('is append-only for the application role', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    await createAttachment(app, rec);
    for (const table of ['recommendation_events', 'recommendation_attachments']) {
      await expect(app.app.query(`UPDATE ${table} SET region_id = region_id`)).rejects.toThrow(/permission denied/);
      await expect(app.app.query(`DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
    }
  });

  it('costs the same number of SQL statements for 1 or 30 entries, and for 2 or 12 recommendations', async () => {
    const owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const scan = await createScan(app, 'GM0141', '2022-03-01');
    const recs: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      recs.push(await createRecommendation(app, scan, facet, { title: `Tijdlijn ${i}` }));
    }
    await coordinator.client.ok(RECORD, { id: recs[0], input: { status: 'OPEN', note: 'Een', expectedVersion: 1 } });
    for (let i = 0; i < 10; i += 1) {
      await coordinator.client.ok(RECORD, {
        id: recs[1],
        input: {
          status: i % 2 ? 'OPEN' : 'IN_PROGRESS',
          ownerUserId: i % 2 ? null : owner.user.id,
          note: `Stap ${i}`,
          expectedVersion: i + 1,
        },
      });
      await createAttachment(app, recs[1]!, `bijlage-${i}.pdf`);
    }
    const count = async (query: string, variables: Record<string, unknown>) => {
      app.statements.reset();
      await coordinator.client.ok(query, variables);
      return app.statements.count;
    };
    const one = await count(TIMELINE, { id: recs[0] });
    const many = await count(TIMELINE, { id: recs[1] });
    expect(
      (await coordinator.client.ok<Timeline>(TIMELINE, { id: recs[1] })).recommendation.timeline.length,
    ).toBeGreaterThanOrEqual(30);
    expect(many).toBe(one);
    const list = await count(LIST_TIMELINES, { scanId: scan });
    const other = await createScan(app, 'GM0141', '2022-04-01');
    await createRecommendation(app, other, facet);
    await createRecommendation(app, other, facet);
    expect(await count(LIST_TIMELINES, { scanId: other })).toBe(list);
  });
});
