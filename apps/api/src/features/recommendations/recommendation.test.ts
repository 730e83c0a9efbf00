import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import {
  createFacet,
  createRecommendation,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';

const LIST = `query List($filter: RecommendationFilter, $sort: RecommendationSort, $page: PageInput) {
  recommendations(filter: $filter, sort: $sort, page: $page) {
    total items { id title priority status version municipality { code } themes { id title } facet { id name } owner { name } scan { scanDate } viewerCan { edit followUp } }
  }
}`;
const ONE = `query One($id: ID!) { recommendation(id: $id) { id title status version } }`;
const FOLLOW_UP = `mutation FollowUp($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { id status version } }`;
const CREATE = `mutation Create($input: NewRecommendationInput!) { createRecommendation(input: $input) { id title status municipality { code } } }`;
const UPDATE = `mutation Update($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {
  updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) { id title body priority version }
}`;
const THEMES = `mutation Themes($id: ID!, $themeIds: [ID!]!, $expectedVersion: Int!) {
  setRecommendationThemes(id: $id, themeIds: $themeIds, expectedVersion: $expectedVersion) { id version themes { id } }
}`;
const AUDIT = `query { auditLog { total items { actorName actorRole action entity entityId count } } }`;

let app: TestApp;
let facet: string;
let theme: string;
let almeloScan: string;
let enschedeScan: string;
let almeloRec: string;
let enschedeRec: string;

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app, 'Testfacet');
  theme = await createTheme(app, 'Vastgoed en ondermijning');
  almeloScan = await createScan(app, 'GM0141');
  enschedeScan = await createScan(app, 'GM0153');
  almeloRec = await createRecommendation(app, almeloScan, facet, {
    title: 'Almelo: Bibob-beleid actualiseren',
    priority: 'P1',
  });
  await createRecommendation(app, almeloScan, facet, { title: 'Almelo: awareness-training', priority: 'P3' });
  enschedeRec = await createRecommendation(app, enschedeScan, facet, {
    title: 'Enschede: vastgoedscan uitvoeren zeldzaamwoord',
  });
  await linkTheme(app, enschedeRec, theme);
});
afterAll(() => app.close());

type ListResult = {
  recommendations: { total: number; items: { id: string; title: string; municipality: { code: string } }[] };
};

describe('who sees which recommendations', () => {
  it('anonymous visitors: nothing', async () => {
    expect(await new Client(app).errorCode(LIST)).toBe('UNAUTHENTICATED');
    expect(await new Client(app).errorCode(ONE, { id: almeloRec })).toBe('UNAUTHENTICATED');
  });

  it.each(['ADMIN', 'PROGRAMME_STAFF'] as const)('%s: never, not even by id', async (role) => {
    const { client } = await actAs(app, role);
    expect(await client.errorCode(LIST)).toBe('FORBIDDEN');
    expect(await client.errorCode(ONE, { id: almeloRec })).toBe('FORBIDDEN');
  });

  it('a coordinator sees only the own municipality, in lists, counts and search', async () => {
    const { client } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const all = await client.ok<ListResult>(LIST);
    expect(all.recommendations.total).toBe(2);
    expect(new Set(all.recommendations.items.map((r) => r.municipality.code))).toEqual(new Set(['GM0141']));
    const search = await client.ok<ListResult>(LIST, { filter: { search: 'zeldzaamwoord' } });
    expect(search.recommendations).toEqual({ total: 0, items: [] });
    const byTheme = await client.ok<ListResult>(LIST, { filter: { themeId: theme } });
    expect(byTheme.recommendations.total).toBe(0);
  });

  it("asking for another municipality's recommendation answers exactly like a missing one", async () => {
    const { client } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const other = await client.gql(ONE, { id: enschedeRec });
    const missing = await client.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
    const malformed = await client.gql(ONE, { id: 'not-a-uuid' });
    expect(other.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND', what: 'Recommendation' });
    expect(other.errors).toEqual(missing.errors);
    // A malformed id says nothing about existence: the client's mistake, told as such.
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    expect(other.status).toBe(missing.status);
  });

  it('an analyst sees every municipality of the region, with theme links', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const all = await client.ok<ListResult>(LIST, { sort: { field: 'TITLE', direction: 'ASC' } });
    expect(all.recommendations.total).toBe(3);
    const titles = all.recommendations.items.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    const descending = await client.ok<ListResult>(LIST, { sort: { field: 'TITLE', direction: 'DESC' } });
    expect(descending.recommendations.items.map((r) => r.title)).toEqual([...titles].reverse());
    const enschede = await client.ok<{ recommendations: { items: { themes: { id: string }[] }[] } }>(LIST, {
      filter: { themeId: theme },
    });
    expect(enschede.recommendations.items).toHaveLength(1);
    expect(enschede.recommendations.items[0]?.themes).toEqual([{ id: theme, title: 'Vastgoed en ondermijning' }]);
  });

  it('a participant sees only recommendations assigned to them', async () => {
    const { client, user } = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    expect((await client.ok<ListResult>(LIST)).recommendations.total).toBe(0);
    expect(await client.errorCode(ONE, { id: almeloRec })).toBe('NOT_FOUND');
    const assigned = await createRecommendation(app, almeloScan, facet, {
      ownerUserId: user.id,
      title: 'Voor deelnemer',
    });
    const list = await client.ok<ListResult>(LIST);
    expect(list.recommendations.items.map((r) => r.id)).toEqual([assigned]);
    await client.ok(ONE, { id: assigned });
  });
});

describe('recording recommendations', () => {
  it('analysts create them in a scan; bad references to scan or facet are input errors', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const input = { scanId: enschedeScan, title: 'Nieuwe aanbeveling', body: '', facetId: facet, priority: 'P2' };
    const { createRecommendation: created } = await client.ok<{ createRecommendation: Record<string, unknown> }>(
      CREATE,
      { input },
    );
    expect(created).toMatchObject({ title: 'Nieuwe aanbeveling', status: 'OPEN', municipality: { code: 'GM0153' } });
    const badScan = await client.gql(CREATE, { input: { ...input, scanId: '00000000-0000-4000-8000-000000000000' } });
    expect(badScan.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'scanId', reason: 'UNKNOWN_SCAN' }] });
    const badFacet = await client.gql(CREATE, { input: { ...input, facetId: '00000000-0000-4000-8000-000000000000' } });
    expect(badFacet.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'facetId', reason: 'UNKNOWN_FACET' }] });
    const empty = await client.gql(CREATE, { input: { ...input, title: '' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'title', reason: 'isLength' }],
    });
  });

  it.each(['MUNICIPAL_COORDINATOR', 'PARTICIPANT', 'ADMIN', 'PROGRAMME_STAFF'] as const)(
    '%s may not create or link',
    async (role) => {
      const { client } = await actAs(app, role, { municipality: 'GM0141' });
      const input = { scanId: almeloScan, title: 'X', body: '', facetId: facet, priority: 'P2' };
      expect(await client.errorCode(CREATE, { input })).toBe('FORBIDDEN');
      expect(await client.errorCode(THEMES, { id: almeloRec, themeIds: [theme], expectedVersion: 1 })).toBe(
        'FORBIDDEN',
      );
    },
  );

  it('analysts link recommendations to themes; an unknown theme changes nothing', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const rec = await createRecommendation(app, almeloScan, facet);
    const linked = await client.ok<{ setRecommendationThemes: { version: number; themes: { id: string }[] } }>(THEMES, {
      id: rec,
      themeIds: [theme],
      expectedVersion: 1,
    });
    expect(linked.setRecommendationThemes).toMatchObject({ version: 2, themes: [{ id: theme }] });
    const bad = await client.gql(THEMES, {
      id: rec,
      themeIds: ['00000000-0000-4000-8000-000000000000'],
      expectedVersion: 2,
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'themeIds', reason: 'UNKNOWN_THEME' }] });
    const links = await app.owner.query<unknown[]>(
      'SELECT theme_id FROM recommendation_themes WHERE recommendation_id = $1',
      [rec],
    );
    expect(links).toHaveLength(1);
  });
});

describe('editing the content', () => {
  const content = (title: string) => ({ title, body: `Toelichting bij ${title}`, facetId: facet, priority: 'P2' });
  const stored = async (id: string) =>
    (
      await app.owner.query<unknown[]>(
        'SELECT title, body, priority, status, version FROM recommendations WHERE id = $1',
        [id],
      )
    )[0];

  it('raises the version; a stale version is refused and changes nothing', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const saved = await client.ok<{ updateRecommendation: { title: string; version: number } }>(UPDATE, {
      id: rec,
      input: content('Bijgewerkt'),
      expectedVersion: 1,
    });
    expect(saved.updateRecommendation).toMatchObject({ title: 'Bijgewerkt', version: 2 });
    const before = await stored(rec);
    const stale = await client.gql(UPDATE, { id: rec, input: content('Te laat'), expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    expect(await stored(rec)).toEqual(before);
  });

  it("of 30 concurrent analyst edits with the same version exactly one saves; the stored text is the winner's", async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const analysts = [(await actAs(app, 'RIEC_ANALYST')).client, (await actAs(app, 'RIEC_ANALYST')).client];
    const edits = Array.from({ length: 30 }, (_, i) => content(`Versie ${i}`));
    const winner = await expectOneWinner(
      app,
      { table: 'recommendations', id: rec },
      edits.map((input, i) => () => analysts[i % 2]!.gql(UPDATE, { id: rec, input, expectedVersion: 1 })),
      1,
    );
    expect(await stored(rec)).toMatchObject({ title: edits[winner]!.title, body: edits[winner]!.body, version: 2 });
  });

  it('deletes only the version its deleter saw: a stale delete is refused and keeps the recommendation', async () => {
    const DELETE = `mutation ($id: ID!, $expectedVersion: Int!) { deleteRecommendation(id: $id, expectedVersion: $expectedVersion) }`;
    const rec = await createRecommendation(app, almeloScan, facet);
    const { client } = await actAs(app, 'RIEC_ANALYST');
    await (
      await actAs(app, 'RIEC_ANALYST')
    ).client.ok(UPDATE, { id: rec, input: content('Intussen'), expectedVersion: 1 });
    const stale = await client.gql(DELETE, { id: rec, expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    expect(await stored(rec)).toMatchObject({ title: 'Intussen', version: 2 });
    expect(await client.ok(DELETE, { id: rec, expectedVersion: 2 })).toEqual({ deleteRecommendation: true });
    expect(await stored(rec)).toBeUndefined();
  });

  it('theme links are part of the content: a stale link is refused and changes nothing, and races an edit', async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const analyst = (await actAs(app, 'RIEC_ANALYST')).client;
    const colleague = (await actAs(app, 'RIEC_ANALYST')).client;
    const links = async () =>
      (
        await app.owner.query<
          {
            theme_id: string;
          }[]
        >('SELECT theme_id FROM recommendation_themes WHERE recommendation_id = $1', [rec])
      ).map((row) => row.theme_id);
    await analyst.ok(UPDATE, { id: rec, input: content('Eerst'), expectedVersion: 1 });
    const stale = await colleague.gql(THEMES, { id: rec, themeIds: [theme], expectedVersion: 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    expect(await links()).toEqual([]);

    const winner = await expectOneWinner(
      app,
      { table: 'recommendations', id: rec },
      [
        () => analyst.gql(UPDATE, { id: rec, input: content('Daarna'), expectedVersion: 2 }),
        () => colleague.gql(THEMES, { id: rec, themeIds: [theme], expectedVersion: 2 }),
      ],
      2,
    );
    expect(await stored(rec)).toMatchObject({ title: winner === 0 ? 'Daarna' : 'Eerst', version: 3 });
    expect(await links()).toEqual(winner === 0 ? [] : [theme]);
  });

  it("races the municipality's follow-up on the same version: one of the two saves", async () => {
    const rec = await createRecommendation(app, almeloScan, facet);
    const analyst = await actAs(app, 'RIEC_ANALYST');
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const winner = await expectOneWinner(
      app,
      { table: 'recommendations', id: rec },
      [
        () => analyst.client.gql(UPDATE, { id: rec, input: content('Inhoud gewijzigd'), expectedVersion: 1 }),
        () => coordinator.client.gql(FOLLOW_UP, { id: rec, input: { status: 'IN_PROGRESS', expectedVersion: 1 } }),
      ],
      1,
    );
    expect(await stored(rec)).toMatchObject(
      winner === 0 ? { title: 'Inhoud gewijzigd', status: 'OPEN', version: 2 } : { status: 'IN_PROGRESS', version: 2 },
    );
  });
});

describe('list queries', () => {
  it('run the same number of SQL statements for 3 and for 40 recommendations (no N+1)', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const scan = await createScan(app, 'GM0164');
    for (let i = 0; i < 40; i += 1) {
      const rec = await createRecommendation(app, scan, facet, { title: `Bulk ${i}` });
      await linkTheme(app, rec, theme);
    }
    const count = async (limit: number) => {
      app.statements.reset();
      const result = await client.ok<ListResult>(LIST, { filter: { scanId: scan }, page: { offset: 0, limit } });
      expect(result.recommendations.items).toHaveLength(limit);
      expect(app.statements.statements.filter((sql) => sql === 'START TRANSACTION')).toHaveLength(1);
      return app.statements.count;
    };
    const few = await count(3);
    expect(await count(40)).toBe(few);
    // The session, then one viewer transaction: its start, its secret, the page with its total,
    // relations (themes, scan, facet, municipality, owner) and audit entry, the commit.
    expect(few).toBe(5);
  });
});

describe('audit log', () => {
  it.each([
    ['RIEC_ANALYST', null],
    ['MUNICIPAL_COORDINATOR', 'GM0141'],
  ] as const)('records a list read by %s once per municipality on the page, with its count', async (role, code) => {
    const reader = await actAs(app, role, code ? { municipality: code } : {});
    const { recommendations } = await reader.client.ok<ListResult>(LIST, { page: { offset: 0, limit: 100 } });
    const onPage = new Map<string, number>();
    for (const item of recommendations.items) {
      onPage.set(item.municipality.code, (onPage.get(item.municipality.code) ?? 0) + 1);
    }
    const entries = await app.owner.query<{ code: string; count: number; role: string; own: boolean }[]>(
      `SELECT m.cbs_code AS code, (a.details->>'count')::int AS count, a.actor_role AS role,
              a.actor_municipality_id IS NOT DISTINCT FROM u.municipality_id AS own
         FROM audit_log a JOIN municipalities m ON m.id = a.municipality_id JOIN users u ON u.id = a.actor_user_id
        WHERE a.actor_user_id = $1 AND a.action = 'LIST' AND a.entity = 'recommendation' AND a.entity_id IS NULL`,
      [reader.user.id],
    );
    expect(new Map(entries.map((e) => [e.code, e.count]))).toEqual(onPage);
    expect(entries.every((e) => e.role === role && e.own)).toBe(true);
  });

  it("records reads and changes, readable by the municipality's own coordinators only", async () => {
    const rec = await createRecommendation(app, enschedeScan, facet);
    const analyst = await actAs(app, 'RIEC_ANALYST');
    await analyst.client.ok(ONE, { id: rec });
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const { auditLog } = await coordinator.client.ok<{
      auditLog: { items: { actorRole: string; action: string; entityId: string | null }[] };
    }>(AUDIT);
    expect(auditLog.items).toContainEqual(
      expect.objectContaining({
        actorName: 'Test RIEC_ANALYST',
        actorRole: 'RIEC_ANALYST',
        action: 'READ',
        entity: 'recommendation',
        entityId: rec,
      }),
    );
    const almelo = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const theirs = await almelo.client.ok<{ auditLog: { items: { entityId: string | null }[] } }>(AUDIT);
    expect(theirs.auditLog.items.map((i) => i.entityId)).not.toContain(rec);
    for (const role of ['ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST', 'PARTICIPANT'] as const) {
      const other = await actAs(app, role, { municipality: 'GM0153' });
      expect(await other.client.errorCode(AUDIT)).toBe('FORBIDDEN');
    }
  });

  it('cannot be changed or deleted by the application role', async () => {
    await expect(app.app.query('UPDATE audit_log SET action = $1', ['X'])).rejects.toThrow(/permission denied/);
    await expect(app.app.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
  });
});
