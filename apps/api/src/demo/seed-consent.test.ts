import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn } from '../test/client';
import { startTestApp, type TestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { DEMO_HOLDING_BACK, DEMO_UNDECIDED } from './seed-consent';
import { seedDemo } from './seed-demo';

/** The demo's consent behind the regional picture, and the picture it leaves. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

describe('consent demo data', () => {
  it('thirteen municipalities agreed for all their scans, one has not decided, one holds back two recommendations', async () => {
    const rows = await app.owner.query<{ cbs_code: string; scans: number; agreed: number; held: number }[]>(
      `SELECT m.cbs_code, count(DISTINCT s.id)::int AS scans,
              count(DISTINCT c.scan_id) FILTER (WHERE c.status = 'AGREED')::int AS agreed,
              (SELECT count(*)::int FROM recommendation_holdbacks h WHERE h.municipality_id = m.id) AS held
         FROM municipalities m JOIN scans s ON s.municipality_id = m.id
         LEFT JOIN scan_consents c ON c.scan_id = s.id
        GROUP BY m.id, m.cbs_code`,
    );
    expect(rows).toHaveLength(14);
    for (const row of rows) {
      expect(row.agreed, row.cbs_code).toBe(row.cbs_code === DEMO_UNDECIDED ? 0 : row.scans);
      expect(row.held, row.cbs_code).toBe(row.cbs_code === DEMO_HOLDING_BACK ? 2 : 0);
    }
  });

  it('the yearly snapshots still show exact, "fewer than" and "more than" counts, and readers get no contributing count', async () => {
    const staff = await loggedIn(app, 'staff@rodedraad.example', DEMO_PASSWORD);
    const { pictureSnapshots } = await staff.ok<{
      pictureSnapshots: {
        items: {
          municipalityCount: number;
          contributingCount: number | null;
          lines: { municipalities: { kind: string } }[];
        }[];
      };
    }>(`{ pictureSnapshots { items { municipalityCount contributingCount lines { municipalities { kind } } } } }`);
    // Newest first: the update comparing learning and follow-up (seed-learning-effect), then the two yearly ones.
    expect(pictureSnapshots.items).toHaveLength(3);
    for (const snapshot of pictureSnapshots.items) {
      // 13 of 14 reads "more than 11": not shown, and the rule takes n = 12.
      expect(snapshot.contributingCount).toBeNull();
      expect(snapshot.municipalityCount).toBe(12);
    }
    for (const snapshot of pictureSnapshots.items.slice(1)) {
      expect(new Set(snapshot.lines.map((l) => l.municipalities.kind))).toEqual(
        new Set(['EXACT', 'FEWER_THAN', 'MORE_THAN']),
      );
    }
  });

  it('the coordinator sees the decision on the scan and the held-back recommendations, with their timeline', async () => {
    const coordinator = await loggedIn(app, 'coordinator.almelo@rodedraad.example', DEMO_PASSWORD);
    const { scans } = await coordinator.ok<{ scans: { consent: { status: string; basis: string } }[] }>(
      `{ scans { consent { status basis } } }`,
    );
    expect(scans[0]!.consent).toEqual({ status: 'AGREED', basis: 'Collegebesluit' });
  });
});
