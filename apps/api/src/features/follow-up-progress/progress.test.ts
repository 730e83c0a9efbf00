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

const PROGRESS = `query ($filter: ProgressFilter) { followUpProgress(filter: $filter) {
  series { month counts { open inProgress done notAdopted overdue total } }
  byFacet { id name counts { open inProgress done notAdopted overdue total } }
  byTheme { id name counts { open done total } }
  rescan { baselineDate rescanDate
    carriedOver { matchedBy baseline { id title } rescan { id title } }
    closed { id title status } new { id title } } } }`;

interface Counts {
  open: number;
  inProgress: number;
  done: number;
  notAdopted: number;
  overdue: number;
  total: number;
}
interface Progress {
  followUpProgress: {
    series: { month: string; counts: Counts }[];
    byFacet: { id: string; name: string; counts: Counts }[];
    byTheme: { id: string; name: string; counts: Partial<Counts> }[];
    rescan: {
      baselineDate: string;
      rescanDate: string;
      carriedOver: { matchedBy: string; baseline: { id: string }; rescan: { id: string } }[];
      closed: { id: string; status: string }[];
      new: { id: string }[];
    } | null;
  };
}

let app: TestApp;
let facet: string;

/** The first day of the month `back` months before this one, as the series names it. */
function monthStart(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 10);
}
/** Mid-month, `back` months ago. */
const midMonth = (back: number) => `${monthStart(back).slice(0, 8)}15T12:00:00Z`;

async function event(rec: string, at: string, columns: Record<string, string | null>) {
  const names = Object.keys(columns);
  await app.owner.query(
    `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, at, ${names.join(', ')})
     SELECT id, region_id, municipality_id, $2, ${names.map((_, i) => `$${i + 3}`).join(', ')}
       FROM recommendations WHERE id = $1`,
    [rec, at, ...Object.values(columns)],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app, 'Vastgoedtest');
});
afterAll(() => app.close());

describe('progress over time', () => {
  it('rebuilds status and overdue per month from the timeline', async () => {
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0147' });
    const scan = await createScan(app, 'GM0147', monthStart(12));
    // A: open → in progress 6 months ago → done 2 months ago.
    const a = await createRecommendation(app, scan, facet, { status: 'DONE' });
    await event(a, midMonth(6), { kind: 'STATUS', from_status: 'OPEN', to_status: 'IN_PROGRESS' });
    await event(a, midMonth(2), { kind: 'STATUS', from_status: 'IN_PROGRESS', to_status: 'DONE' });
    // B: open with a due date 4 months ago set 8 months ago: overdue from 4 months ago on.
    const b = await createRecommendation(app, scan, facet);
    await app.owner.query(`UPDATE recommendations SET due_date = $2 WHERE id = $1`, [b, midMonth(4).slice(0, 10)]);
    await event(b, midMonth(8), { kind: 'DUE_DATE', from_due_date: null, to_due_date: midMonth(4).slice(0, 10) });
    // C: not adopted 3 months ago.
    const c = await createRecommendation(app, scan, facet, { status: 'NOT_ADOPTED' });
    await event(c, midMonth(3), { kind: 'STATUS', from_status: 'OPEN', to_status: 'NOT_ADOPTED' });

    const { followUpProgress: p } = await coordinator.client.ok<Progress>(PROGRESS, { filter: { months: 14 } });
    const at = (back: number) => p.series.find((s) => s.month === monthStart(back))!.counts;
    expect(p.series).toHaveLength(14);
    expect(at(13)).toMatchObject({ total: 0 }); // before the scan
    expect(at(7)).toEqual({ open: 3, inProgress: 0, done: 0, notAdopted: 0, overdue: 0, total: 3 });
    expect(at(5)).toEqual({ open: 2, inProgress: 1, done: 0, notAdopted: 0, overdue: 0, total: 3 });
    expect(at(4)).toEqual({ open: 2, inProgress: 1, done: 0, notAdopted: 0, overdue: 1, total: 3 });
    expect(at(0)).toEqual({ open: 1, inProgress: 0, done: 1, notAdopted: 1, overdue: 1, total: 3 });
    expect(p.byFacet).toEqual([
      {
        id: facet,
        name: 'Vastgoedtest',
        counts: { open: 1, inProgress: 0, done: 1, notAdopted: 1, overdue: 1, total: 3 },
      },
    ]);
  });

  it('filters the series by facet and theme, and counts per theme', async () => {
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM1774' });
    const scan = await createScan(app, 'GM1774', monthStart(3));
    const theme = await createTheme(app, 'Witwassen');
    const other = await createFacet(app, 'Integriteittest');
    const onTheme = await createRecommendation(app, scan, facet, { status: 'DONE' });
    await linkTheme(app, onTheme, theme);
    await createRecommendation(app, scan, other);
    const now = async (filter: object) =>
      (await coordinator.client.ok<Progress>(PROGRESS, { filter: { ...filter, months: 1 } })).followUpProgress
        .series[0]!.counts.total;
    expect(await now({})).toBe(2);
    expect(await now({ facetId: other })).toBe(1);
    expect(await now({ themeId: theme })).toBe(1);
    const { followUpProgress } = await coordinator.client.ok<Progress>(PROGRESS, {});
    expect(followUpProgress.byTheme).toEqual([
      { id: theme, name: 'Witwassen', counts: { open: 0, done: 1, total: 1 } },
    ]);
    expect(followUpProgress.rescan).toBeNull();
  });

  it('compares the baseline with the latest re-scan: carried over by link or title, closed, new', async () => {
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0158' });
    const baseline = await createScan(app, 'GM0158', '2021-03-01');
    const kept = await createRecommendation(app, baseline, facet, { title: 'Bibob-beleid vaststellen' });
    const renamed = await createRecommendation(app, baseline, facet, { title: 'Vastgoedpositie in beeld' });
    const closed = await createRecommendation(app, baseline, facet, { title: 'Meldpunt inrichten', status: 'DONE' });
    const [{ id: rescan }] = await app.owner.query<[{ id: string }]>(
      `INSERT INTO scans (region_id, municipality_id, scan_date, kind)
       SELECT region_id, municipality_id, '2024-03-01', 'RESCAN' FROM scans WHERE id = $1 RETURNING id`,
      [baseline],
    );
    const keptAgain = await createRecommendation(app, rescan, facet, { title: '  bibob-beleid VASTSTELLEN' });
    const linked = await createRecommendation(app, rescan, facet, { title: 'Vastgoed: eigen positie bepalen' });
    await app.owner.query(`UPDATE recommendations SET carried_over_from_id = $2 WHERE id = $1`, [linked, renamed]);
    const fresh = await createRecommendation(app, rescan, facet, { title: 'Weerbaarheid raadsleden' });

    const { followUpProgress } = await coordinator.client.ok<Progress>(PROGRESS, {});
    const r = followUpProgress.rescan!;
    expect([r.baselineDate, r.rescanDate]).toEqual(['2021-03-01', '2024-03-01']);
    expect(r.carriedOver.map((m) => [m.baseline.id, m.rescan.id, m.matchedBy]).sort()).toEqual(
      [
        [kept, keptAgain, 'TITLE'],
        [renamed, linked, 'LINK'],
      ].sort(),
    );
    expect(r.closed).toEqual([{ id: closed, title: 'Meldpunt inrichten', status: 'DONE' }]);
    expect(r.new.map((n) => n.id)).toEqual([fresh]);
  });

  it('the database refuses a carried-over link to another municipality or a later scan', async () => {
    const mine = await createScan(app, 'GM0163', '2021-01-01');
    const theirs = await createScan(app, 'GM0164', '2020-01-01');
    const later = await createScan(app, 'GM0163', '2025-01-01');
    const rec = await createRecommendation(app, mine, facet);
    const foreign = await createRecommendation(app, theirs, facet);
    const future = await createRecommendation(app, later, facet);
    for (const from of [foreign, future]) {
      await expect(
        app.owner.query(`UPDATE recommendations SET carried_over_from_id = $2 WHERE id = $1`, [rec, from]),
      ).rejects.toThrow(/earlier scan of the same municipality/);
    }
  });

  it('is the own municipality’s only, for coordinators only, audited, in a constant number of statements', async () => {
    const almelo = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const almeloScan = await createScan(app, 'GM0141', monthStart(2));
    const count = async () => {
      app.statements.reset();
      await almelo.client.ok(PROGRESS, { filter: { months: 24 } });
      return app.statements.count;
    };
    await createRecommendation(app, almeloScan, facet);
    const few = await count();
    for (let i = 0; i < 15; i += 1) {
      await createRecommendation(app, almeloScan, facet);
    }
    expect(await count()).toBe(few);
    const total = async (client: typeof almelo.client) =>
      (await client.ok<Progress>(PROGRESS, { filter: { months: 1 } })).followUpProgress.series[0]!.counts.total;
    expect(await total(almelo.client)).toBe(16);
    expect(await total(enschede.client)).toBe(0);
    for (const role of ['PARTICIPANT', 'RIEC_ANALYST', 'PROGRAMME_STAFF', 'ADMIN'] as const) {
      const { client } = await actAs(app, role, { municipality: 'GM0141' });
      expect((await client.gql(PROGRESS, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const audit = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log a JOIN municipalities m ON m.id = a.municipality_id
        WHERE a.entity = 'follow_up_progress' AND m.cbs_code = 'GM0141' AND a.action = 'READ'`,
    );
    expect(audit[0]!.n).toBeGreaterThanOrEqual(3);
  });
});
