import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn } from '../test/client';
import { startTestApp, type TestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemo } from './seed-demo';

/** The demo's learning links, two-year timelines and re-scans read back through the API. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

interface Progress {
  followUpProgress: {
    series: { counts: { total: number; overdue: number; notAdopted: number } }[];
    rescan: { carriedOver: { matchedBy: string }[]; closed: unknown[]; new: unknown[] } | null;
  };
}

describe('learning links and progress demo data', () => {
  it('Hengelo: two years of follow-up with overdue and not-adopted items, and a re-scan', async () => {
    const coordinator = await loggedIn(app, 'coordinator.hengelo@rodedraad.example', DEMO_PASSWORD);
    const { followUpProgress: p } = await coordinator.ok<Progress>(
      `{ followUpProgress(filter: { months: 24 }) { series { counts { total overdue notAdopted } }
         rescan { carriedOver { matchedBy } closed { id } new { id } } } }`,
    );
    const now = p.series.at(-1)!.counts;
    expect(now.overdue).toBeGreaterThan(0);
    expect(now.notAdopted).toBeGreaterThan(0);
    expect(p.series[0]!.counts.total).toBeGreaterThan(0);
    expect(p.rescan!.carriedOver.map((m) => m.matchedBy)).toContain('LINK');
    expect(p.rescan!.closed.length).toBeGreaterThan(0);
    expect(p.rescan!.new.length).toBeGreaterThan(0);
  });

  it('recommendations link to activities, sessions and tracks, and the links are in the timeline', async () => {
    const [row] = await app.owner.query<{ kinds: string[]; events: number }[]>(
      `SELECT array_agg(DISTINCT k.kind ORDER BY k.kind) AS kinds,
              (SELECT count(*)::int FROM recommendation_events WHERE kind = 'LINK') AS events
         FROM (SELECT CASE WHEN activity_id IS NOT NULL THEN 'ACTIVITY' WHEN session_id IS NOT NULL THEN 'SESSION'
                           ELSE 'TRACK' END AS kind FROM recommendation_learning_links) k`,
    );
    expect(row!.kinds).toEqual(['ACTIVITY', 'SESSION', 'TRACK']);
    expect(row!.events).toBeGreaterThan(0);
  });
});
