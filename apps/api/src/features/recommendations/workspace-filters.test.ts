import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFacet,
  createRecommendation,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { todayInAmsterdam } from '../follow-up/today';

/** The coordinator's workspace: its filters, overdue, and what a move on the board may do. */

const LIST = `query List($filter: RecommendationFilter, $sort: RecommendationSort, $page: PageInput) {
  recommendations(filter: $filter, sort: $sort, page: $page) {
    total items { id title status dueDate overdue version owner { id } themes { id } facet { id } }
  }
}`;
const MOVE = `mutation Move($id: ID!, $input: FollowUpInput!) {
  recordFollowUp(id: $id, input: $input) { id status statusReason dueDate version owner { id } }
}`;

type Item = { id: string; title: string; status: string; dueDate: string | null; overdue: boolean; version: number };
type ListResult = { recommendations: { total: number; items: Item[] } };

let app: TestApp;
let facet: string;
let otherFacet: string;
let theme: string;
let scan: string;
let coordinator: Awaited<ReturnType<typeof actAs>>;
let owner: Awaited<ReturnType<typeof actAs>>;
const recs: Record<string, string> = {};

const inDays = (days: number) => {
  const date = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const setDue = (id: string, due: string | null) =>
  app.owner.query('UPDATE recommendations SET due_date = $2 WHERE id = $1', [id, due]);
const titles = async (filter: Record<string, unknown>) =>
  (await coordinator.client.ok<ListResult>(LIST, { filter, page: { offset: 0, limit: 100 } })).recommendations.items
    .map((r) => r.title)
    .sort();

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app, 'Werkfacet');
  otherFacet = await createFacet(app, 'Ander facet');
  theme = await createTheme(app, 'Werkthema');
  scan = await createScan(app, 'GM0141');
  coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
  owner = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
  const add = async (key: string, options: Parameters<typeof createRecommendation>[3], due: string | null) => {
    recs[key] = await createRecommendation(app, scan, key.startsWith('F') ? otherFacet : facet, {
      title: key,
      ...options,
    });
    await setDue(recs[key], due);
  };
  // Overdue: open or in progress, due yesterday or earlier. Due today, closed, or no date: not overdue.
  await add('late-open', { priority: 'P1', ownerUserId: owner.user.id }, inDays(-1));
  await add('late-progress', { status: 'IN_PROGRESS' }, inDays(-30));
  await add('due-today', {}, inDays(0));
  await add('done-late', { status: 'DONE' }, inDays(-10));
  await add('rejected-late', { status: 'NOT_ADOPTED' }, inDays(-10));
  await add('no-date', { priority: 'P3' }, null);
  await add('Facet-later', { priority: 'P4' }, inDays(40));
  await linkTheme(app, recs['no-date']!, theme);
  // Enschede's overdue one must never show up.
  const enschede = await createScan(app, 'GM0153');
  const foreign = await createRecommendation(app, enschede, facet, { title: 'enschede-late' });
  await setDue(foreign, inDays(-5));
});
afterAll(() => app.close());

describe('workspace filters', () => {
  it('overdue: due before today in Amsterdam and not closed, and the field says so', async () => {
    expect(await titles({ overdue: true })).toEqual(['late-open', 'late-progress']);
    expect(await titles({ overdue: false })).toEqual(
      ['Facet-later', 'done-late', 'due-today', 'no-date', 'rejected-late'].sort(),
    );
    const all = await coordinator.client.ok<ListResult>(LIST, { page: { offset: 0, limit: 100 } });
    expect(Object.fromEntries(all.recommendations.items.map((r) => [r.title, r.overdue]))).toEqual({
      'late-open': true,
      'late-progress': true,
      'due-today': false,
      'done-late': false,
      'rejected-late': false,
      'no-date': false,
      'Facet-later': false,
    });
  });

  it('by owner, due-date range, facet, theme, priority and status, combined in SQL', async () => {
    expect(await titles({ ownerUserId: owner.user.id })).toEqual(['late-open']);
    expect(await titles({ dueFrom: inDays(-10), dueTo: inDays(0) })).toEqual(
      ['done-late', 'due-today', 'late-open', 'rejected-late'].sort(),
    );
    expect(await titles({ dueFrom: inDays(1) })).toEqual(['Facet-later']);
    expect(await titles({ dueTo: inDays(-11) })).toEqual(['late-progress']);
    expect(await titles({ facetId: otherFacet })).toEqual(['Facet-later']);
    expect(await titles({ themeId: theme })).toEqual(['no-date']);
    expect(await titles({ priority: 'P1', overdue: true })).toEqual(['late-open']);
    expect(await titles({ status: 'IN_PROGRESS', overdue: true })).toEqual(['late-progress']);
    expect(await titles({ status: 'DONE', overdue: true })).toEqual([]);
  });

  it('sorts by due date, undated last', async () => {
    const { recommendations } = await coordinator.client.ok<ListResult>(LIST, {
      sort: { field: 'DUE_DATE', direction: 'ASC' },
      page: { offset: 0, limit: 100 },
    });
    const order = recommendations.items.map((r) => r.title);
    expect(order[0]).toBe('late-progress');
    expect(order.at(-1)).toBe('no-date');
  });

  it('refuses a range that ends before it starts, with a typed field reason', async () => {
    const result = await coordinator.client.gql(LIST, { filter: { dueFrom: inDays(2), dueTo: inDays(1) } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'dueTo', reason: 'DUE_RANGE_REVERSED' }],
    });
  });

  it('a participant filtering overdue sees only what they own', async () => {
    const { recommendations } = await owner.client.ok<ListResult>(LIST, { filter: { overdue: true } });
    expect(recommendations.items.map((r) => r.title)).toEqual(['late-open']);
  });

  it('has indexes that fit the filters: scope first, then status and due date, overdue as a partial index', async () => {
    const rows = await app.owner.query<{ indexname: string; indexdef: string }[]>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'recommendations'`,
    );
    const defs = Object.fromEntries(rows.map((r) => [r.indexname, r.indexdef]));
    expect(defs.recommendations_status_due_idx).toMatch(/\(municipality_id, status, due_date\)/);
    expect(defs.recommendations_open_due_idx).toMatch(/\(municipality_id, due_date\) WHERE .*OPEN.*IN_PROGRESS/);
    expect(defs.recommendations_facet_idx).toMatch(/\(municipality_id, facet_id\)/);
    expect(defs.recommendations_owner_idx).toMatch(/\(owner_user_id\)/);
  });

  it('run the same number of SQL statements for 3 and for 40 recommendations with all filters', async () => {
    const bulkScan = await createScan(app, 'GM0141', '2022-01-01');
    for (let i = 0; i < 40; i += 1) {
      const id = await createRecommendation(app, bulkScan, facet, {
        title: `Bulk ${i}`,
        priority: 'P2',
        ownerUserId: owner.user.id,
      });
      await setDue(id, inDays(-3));
      await linkTheme(app, id, theme);
    }
    const filter = {
      scanId: bulkScan,
      facetId: facet,
      themeId: theme,
      priority: 'P2',
      status: 'OPEN',
      ownerUserId: owner.user.id,
      dueFrom: inDays(-5),
      dueTo: inDays(0),
      overdue: true,
    };
    const count = async (limit: number) => {
      app.statements.reset();
      const result = await coordinator.client.ok<ListResult>(LIST, { filter, page: { offset: 0, limit } });
      expect(result.recommendations.items).toHaveLength(limit);
      expect(result.recommendations.total).toBe(40);
      return app.statements.count;
    };
    const few = await count(3);
    expect(await count(40)).toBe(few);
    // Every filter in the one statement of the one viewer transaction (see recommendation.test.ts).
    expect(few).toBe(5);
  });
});

describe('moving a card on the board (the panel’s rules)', () => {
  const move = (id: string, input: Record<string, unknown>) =>
    coordinator.client.gql<{ recordFollowUp: Item }>(MOVE, { id, input });
  const current = async (id: string) =>
    (
      await coordinator.client.ok<{ recommendation: Item & { owner: { id: string } | null } }>(
        `query ($id: ID!) { recommendation(id: $id) { id title status dueDate overdue version owner { id } } }`,
        { id },
      )
    ).recommendation;

  it('moves an overdue card to another column, keeping its owner and its passed due date', async () => {
    const id = await createRecommendation(app, scan, facet, { ownerUserId: owner.user.id });
    await setDue(id, inDays(-2));
    const card = await current(id);
    const result = await move(id, {
      status: 'IN_PROGRESS',
      ownerUserId: card.owner!.id,
      dueDate: card.dueDate,
      expectedVersion: card.version,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordFollowUp).toMatchObject({ status: 'IN_PROGRESS', dueDate: inDays(-2), version: 2 });
    expect((await current(id)).overdue).toBe(true);
  });

  it('refuses a move the workflow does not allow, and "not adopted" without a reason', async () => {
    const id = await createRecommendation(app, scan, facet, { status: 'DONE' });
    const done = await current(id);
    const invalid = await move(id, { status: 'NOT_ADOPTED', reason: 'x', expectedVersion: done.version });
    expect(invalid.errors?.[0]?.extensions?.fields).toEqual([{ field: 'status', reason: 'INVALID_TRANSITION' }]);
    const open = await current(await createRecommendation(app, scan, facet));
    const noReason = await move(open.id, { status: 'NOT_ADOPTED', reason: '  ', expectedVersion: open.version });
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual([{ field: 'reason', reason: 'REASON_REQUIRED' }]);
    expect((await current(open.id)).status).toBe('OPEN');
    const withReason = await move(open.id, {
      status: 'NOT_ADOPTED',
      reason: 'Geen capaciteit dit jaar.',
      expectedVersion: open.version,
    });
    expect(withReason.data?.recordFollowUp).toMatchObject({
      status: 'NOT_ADOPTED',
      statusReason: 'Geen capaciteit dit jaar.',
    });
  });

  it('answers CONFLICT for a card someone else changed since the board loaded it', async () => {
    const card = await current(await createRecommendation(app, scan, facet));
    expect((await move(card.id, { status: 'IN_PROGRESS', expectedVersion: card.version })).errors).toBeUndefined();
    const stale = await move(card.id, { status: 'DONE', expectedVersion: card.version });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await current(card.id)).status).toBe('IN_PROGRESS');
  });

  it('lets neither a participant nor another municipality move a card', async () => {
    const card = await current(await createRecommendation(app, scan, facet, { ownerUserId: owner.user.id }));
    const byOwner = await owner.client.gql(MOVE, {
      id: card.id,
      input: { status: 'DONE', expectedVersion: card.version },
    });
    expect(byOwner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const foreign = await enschede.client.gql(MOVE, {
      id: card.id,
      input: { status: 'DONE', ownerUserId: card.owner?.id ?? null, expectedVersion: card.version },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await current(card.id)).status).toBe('OPEN');
  });
});
