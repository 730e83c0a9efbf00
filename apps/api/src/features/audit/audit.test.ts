import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, createUser, municipalityId, type TestUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const LOG = `query Log($filter: AuditFilterInput, $paging: AuditPageInput) {
  auditLog(filter: $filter, paging: $paging) {
    total totalCapped olderCursor newerCursor
    items { id at actorName actorEmail actorRole action entity entityId }
  }
}`;
const ACTORS = `query { auditActors { id name email } }`;

interface Page {
  total: number;
  totalCapped: boolean;
  olderCursor: string | null;
  newerCursor: string | null;
  items: { id: string; actorName: string | null; action: string; entity: string; entityId: string | null }[];
}

let app: TestApp;
let hof: string; // Hof van Twente (GM1735): a municipality the other test files leave alone.
let coordinator: Client;
let analyst: TestUser;
let colleague: TestUser;
let outsider: TestUser;
const record = randomUUID();

/** Entries written behind the app's back, one minute apart going back from `start`, as the app would write them. */
async function seed(count: number, start: Date, pick: (i: number) => Partial<Record<string, unknown>>) {
  const rows = Array.from({ length: count }, (_, i) => ({
    at: new Date(start.getTime() - i * 60_000).toISOString(),
    actor: analyst.id,
    role: 'RIEC_ANALYST',
    action: 'READ',
    entity: 'recommendation',
    entityId: randomUUID(),
    ...pick(i),
  }));
  await app.owner.query(
    `INSERT INTO audit_log (region_id, municipality_id, at, actor_user_id, actor_role, action, entity, entity_id)
     SELECT $1, $2, r.at, r.actor, r.role, r.action, r.entity, r."entityId"
       FROM jsonb_to_recordset($3::jsonb) AS r(at timestamptz, actor uuid, role text, action text, entity text, "entityId" uuid)`,
    [analyst.regionId, hof, JSON.stringify(rows)],
  );
}

async function page(client: Client, filter: object, paging: object = {}): Promise<Page> {
  return (await client.ok<{ auditLog: Page }>(LOG, { filter, paging })).auditLog;
}

/** Every entry of a filter, walking older pages of `size`; `between` runs before each next page. */
async function walk(filter: object, size: number, between: () => Promise<void> = async () => {}) {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const current: Page = await page(coordinator, filter, { first: size, ...(after ? { after } : {}) });
    pages.push(current);
    after = current.olderCursor;
    await between();
  } while (after);
  return pages;
}

beforeAll(async () => {
  app = await startTestApp();
  hof = await municipalityId(app, 'GM1735');
  ({ client: coordinator } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM1735' }));
  analyst = await createUser(app, 'RIEC_ANALYST');
  colleague = await createUser(app, 'PARTICIPANT', { municipality: 'GM1735' });
  outsider = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
  // 120 entries: every 5th by the colleague, every 7th a DENIED attempt by the outsider, every 11th on `record`.
  await seed(120, new Date('2026-06-30T12:00:00Z'), (i) => ({
    ...(i % 5 === 0 ? { actor: colleague.id, role: 'PARTICIPANT', action: 'UPDATE' } : {}),
    ...(i % 7 === 0 ? { actor: outsider.id, role: 'MUNICIPAL_COORDINATOR', action: 'DENIED' } : {}),
    ...(i % 11 === 0 ? { entityId: record, entity: 'scan' } : {}),
  }));
});
afterAll(() => app.close());

describe('audit log filters', () => {
  const ids = (p: Page[]) => p.flatMap((x) => x.items.map((i) => i.id));

  async function expected(where: string, params: unknown[] = []): Promise<string[]> {
    const rows = await app.owner.query<{ id: string }[]>(
      `SELECT id::text FROM audit_log WHERE municipality_id = $1 AND ${where} ORDER BY at DESC, id DESC`,
      [hof, ...params],
    );
    return rows.map((r) => r.id);
  }

  it('filters by person, outside, action, entity, record and dates, with the right totals', async () => {
    const cases: [object, string, unknown[]][] = [
      [{ actorUserId: colleague.id }, `actor_user_id = $2 AND action <> 'DENIED'`, [colleague.id]],
      [{ outsideOnly: true }, `action = 'DENIED'`, []],
      [{ action: 'UPDATE' }, `action = 'UPDATE'`, []],
      [{ entity: 'scan' }, `entity = 'scan'`, []],
      [{ entityId: record }, `entity_id = $2`, [record]],
      [
        { from: '2026-06-30T11:00:00Z', until: '2026-06-30T11:30:00Z' },
        `at >= '2026-06-30T11:00:00Z' AND at < '2026-06-30T11:30:00Z'`,
        [],
      ],
      [{ action: 'READ', entity: 'scan' }, `action = 'READ' AND entity = 'scan'`, []],
    ];
    for (const [filter, where, params] of cases) {
      const want = await expected(where, params);
      expect(want.length).toBeGreaterThan(0);
      const pages = await walk(filter, 9);
      expect(ids(pages), JSON.stringify(filter)).toEqual(want);
      expect(pages[0]!.total).toBe(want.length);
    }
  });

  it("never ties a DENIED attempt to a person, not even when filtering on the outsider's id", async () => {
    const pages = await walk({ actorUserId: outsider.id }, 50);
    expect(ids(pages)).toEqual([]);
    const denied = await page(coordinator, { outsideOnly: true }, { first: 100 });
    expect(denied.items.length).toBeGreaterThan(0);
    expect(denied.items.every((i) => i.actorName === null)).toBe(true);
    const { auditActors } = await coordinator.ok<{ auditActors: { id: string }[] }>(ACTORS);
    expect(auditActors.map((a) => a.id).sort()).toEqual([analyst.id, colleague.id].sort());
  });

  it('refuses a malformed cursor with a typed error', async () => {
    const result = await coordinator.gql(LOG, { paging: { after: 'bm9uc2Vuc2U' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.reason).toBe('INVALID_CURSOR');
  });
});

describe('audit log keyset paging', () => {
  it('has no duplicates or gaps while new entries arrive, and pages back to the same pages', async () => {
    const before = await app.owner.query<{ id: string }[]>(
      `SELECT id::text FROM audit_log WHERE municipality_id = $1 ORDER BY at DESC, id DESC`,
      [hof],
    );
    let arrivals = 0;
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const current: Page = await page(coordinator, {}, { first: 13, ...(after ? { after } : {}) });
      pages.push(current);
      after = current.olderCursor;
      // Someone reads a record of the municipality between two pages: new entries at the top, now.
      arrivals += 1;
      await seed(2, new Date(), () => ({ actor: colleague.id, role: 'PARTICIPANT' }));
    } while (after);
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(before.map((r) => r.id));
    expect(arrivals).toBe(Math.ceil(before.length / 13));

    // Back from the last page with `before`: each page as it was on the way down.
    let back = pages[pages.length - 1]!;
    for (let n = pages.length - 2; n >= 0; n -= 1) {
      back = await page(coordinator, {}, { first: 13, before: back.newerCursor });
      expect(back.items.map((i) => i.id)).toEqual(pages[n]!.items.map((i) => i.id));
    }
    // The first page's newer side now holds the arrivals.
    expect(back.newerCursor).not.toBeNull();
  });

  it('caps the total at 10,000 and says so', async () => {
    const [row] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE municipality_id = $1`,
      [hof],
    );
    await app.owner.query(
      `INSERT INTO audit_log (region_id, municipality_id, at, actor_user_id, actor_role, action, entity)
       SELECT $1, $2, TIMESTAMPTZ '2025-01-01' - i * interval '1 second', $3, 'RIEC_ANALYST', 'LIST', 'scan'
         FROM generate_series(1, $4) i`,
      [analyst.regionId, hof, analyst.id, 10_001 - row!.n],
    );
    const capped = await page(coordinator, {});
    expect(capped).toMatchObject({ total: 10_000, totalCapped: true });
    const exact = await page(coordinator, { action: 'UPDATE' });
    expect(exact.totalCapped).toBe(false);
  });

  it('reads a page and its total in one statement, first page or deep, filtered or not', async () => {
    const deep = await page(coordinator, {}, { first: 50 });
    const counts: number[] = [];
    for (const [filter, paging] of [
      [{}, {}],
      [{}, { after: deep.olderCursor }],
      [{ actorUserId: colleague.id, entity: 'recommendation' }, { first: 5 }],
    ] as const) {
      app.statements.reset();
      await page(coordinator, filter, paging);
      counts.push(app.statements.statements.filter((s) => /\baudit_log\b/.test(s)).length);
    }
    expect(counts).toEqual([1, 1, 1]);
  });
});

describe('audit log authorization', () => {
  it("is the own municipality's coordinators' only, for the log and its people alike", async () => {
    const { client: other } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const theirs = await page(other, {}, { first: 100 });
    expect(theirs.items.some((i) => i.entityId === record)).toBe(false);
    expect((await page(other, { entityId: record })).total).toBe(0);
    const { auditActors } = await other.ok<{ auditActors: { id: string }[] }>(ACTORS);
    expect(auditActors.map((a) => a.id)).not.toContain(colleague.id);

    for (const role of ['ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST', 'PARTICIPANT'] as const) {
      const { client } = await actAs(app, role, { municipality: 'GM1735' });
      expect(await client.errorCode(LOG), role).toBe('FORBIDDEN');
      expect(await client.errorCode(ACTORS), role).toBe('FORBIDDEN');
    }
    for (const role of ['ADMIN', 'RIEC_ANALYST'] as const) {
      const { client } = await actAsInNewRegion(app, role);
      expect(await client.errorCode(LOG), role).toBe('FORBIDDEN');
      expect(await client.errorCode(ACTORS), role).toBe('FORBIDDEN');
    }
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(LOG)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(ACTORS)).toBe('UNAUTHENTICATED');
  });
});
