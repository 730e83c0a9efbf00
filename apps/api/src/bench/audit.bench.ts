import { Client } from 'pg';
import { createDataSource } from '../db/data-source';
import { SessionService } from '../features/auth/session.service';
import { listAudit } from '../features/audit/audit.service';
import { AuditPageInput, type AuditFilterInput } from '../features/audit/audit.types';
import { startBenchDatabase } from './bench-database';

const ENTRIES = 100_000;
const RUNS = 40;

/**
 * 100,000 audit entries of one municipality over a year (plus 100,000 of another, so the scope
 * matters), by ten people, a mix of actions and entities, a few hundred records. Deterministic.
 */
async function seed(client: Client): Promise<{ coordinatorId: string; actorId: string; recordId: string }> {
  await client.query('SELECT setseed(0.17)');
  const {
    rows: [ids],
  } = await client.query<{ region_id: string; own: string; other: string }>(
    `SELECT region_id, (array_agg(id ORDER BY cbs_code))[1] AS own, (array_agg(id ORDER BY cbs_code))[2] AS other
       FROM municipalities WHERE region_id = (SELECT id FROM regions WHERE name = 'Twente') GROUP BY region_id`,
  );
  const { region_id: regionId, own, other } = ids!;
  const { rows: people } = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
     SELECT 'bench-' || i || '@bench.example', 'Bench ' || i, CASE WHEN i > 0 THEN 'PARTICIPANT' END,
            $1, CASE WHEN i > 0 THEN $2::uuid END, 'not-a-hash'
       FROM generate_series(0, 9) i ORDER BY i RETURNING id`,
    [regionId, own],
  );
  // The coordinator's role as the database demands it: asked by one, approved by the region's analyst (RoleGrants).
  const {
    rows: [analyst],
  } = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, region_id, password_hash)
     VALUES ('bench-analyst@bench.example', 'Bench Analyst', $1, 'not-a-hash') RETURNING id`,
    [regionId],
  );
  await client.query(
    `INSERT INTO role_grants (user_id, requested_role, region_id, status, decided_at, note)
     VALUES ($1, 'RIEC_ANALYST', $2, 'APPROVED', now(), 'install')`,
    [analyst!.id, regionId],
  );
  await client.query(`UPDATE users SET role = 'RIEC_ANALYST' WHERE id = $1`, [analyst!.id]);
  await client.query(
    `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by, status, decided_by, decided_at, note)
     VALUES ($1, 'MUNICIPAL_COORDINATOR', $2, $3, $5, 'APPROVED', $4, now(), 'bench')`,
    [people[0]!.id, regionId, own, analyst!.id, people[1]!.id],
  );
  await client.query(`UPDATE users SET role = 'MUNICIPAL_COORDINATOR', municipality_id = $2 WHERE id = $1`, [
    people[0]!.id,
    own,
  ]);
  await client.query(
    `WITH people AS (SELECT array_agg(id) AS ids FROM users WHERE email LIKE 'bench-%'),
          records AS (SELECT array_agg(gen_random_uuid()) AS ids FROM generate_series(1, 300))
     INSERT INTO audit_log (region_id, municipality_id, at, actor_user_id, actor_role, action, entity, entity_id)
     SELECT $1, m, TIMESTAMPTZ '2026-11-30' - (i * interval '5 minutes') - random() * interval '4 minutes',
            people.ids[1 + (i % 10)], 'PARTICIPANT',
            (ARRAY['READ','READ','READ','LIST','UPDATE','STATUS','LINK','DOWNLOAD','DENIED'])[1 + floor(random() * 9)::int],
            (ARRAY['recommendation','recommendation','scan','recommendation_theme','recommendation_attachment'])[1 + floor(random() * 5)::int],
            records.ids[1 + floor(random() * 300)::int]
       FROM generate_series(1, $3) i CROSS JOIN unnest(ARRAY[$2::uuid, $4::uuid]) m, people, records`,
    [regionId, own, ENTRIES, other],
  );
  const {
    rows: [record],
  } = await client.query<{ id: string }>(
    `SELECT entity_id::text AS id FROM audit_log WHERE municipality_id = $1 LIMIT 1`,
    [own],
  );
  await client.query('VACUUM ANALYZE audit_log');
  return { coordinatorId: people[0]!.id, actorId: people[3]!.id, recordId: record!.id };
}

function p95(timings: number[]): number {
  const sorted = [...timings].sort((a, b) => a - b);
  return Math.round(sorted[Math.ceil(sorted.length * 0.95) - 1]! * 10) / 10;
}

/**
 * The coordinator's audit log at 100,000 entries, through the service under row-level security as
 * the app role: the first page and a page 1,500 pages deep (keyset), unfiltered and filtered.
 * Target: p95 < 50 ms each.
 */
export async function benchAudit(): Promise<Record<string, number>> {
  const database = await startBenchDatabase('audit');
  try {
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    let ids: Awaited<ReturnType<typeof seed>>;
    try {
      ids = await seed(owner);
    } finally {
      await owner.end();
    }
    const db = createDataSource({ url: database.appUrl });
    await db.initialize();
    try {
      const sessions = new SessionService(db, { idleMinutes: 60, absoluteHours: 1 });
      const viewer = await sessions.resolve(await sessions.create(ids.coordinatorId));
      if (!viewer) {
        throw new Error('The bench coordinator could not start a session.');
      }
      const paging = (after?: string) => Object.assign(new AuditPageInput(), { first: 50, after });
      // Walk to page 1,500 (entry 75,000) once for its cursor; the walk itself is not timed.
      const deepCursor = async (filter: AuditFilterInput, pages: number) => {
        let cursor: string | undefined;
        for (let n = 0; n < pages; n += 1) {
          cursor = (await listAudit(db, viewer, filter, paging(cursor), null)).olderCursor ?? cursor;
        }
        return cursor;
      };
      const time = async (filter: AuditFilterInput, after?: string) => {
        const timings: number[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const started = performance.now();
          const page = await listAudit(db, viewer, filter, paging(after), null);
          timings.push(performance.now() - started);
          if (page.items.length === 0) {
            throw new Error('the bench page came back empty');
          }
        }
        return p95(timings);
      };
      const byActor = { actorUserId: ids.actorId };
      const byRecord = { entityId: ids.recordId };
      return {
        'audit log 100k entries: first page p95 (ms)': await time({}),
        'audit log 100k entries: page 1500 (keyset) p95 (ms)': await time({}, await deepCursor({}, 1500)),
        'audit log 100k entries: first page by person p95 (ms)': await time(byActor),
        'audit log 100k entries: page 150 by person p95 (ms)': await time(byActor, await deepCursor(byActor, 150)),
        'audit log 100k entries: first page by record p95 (ms)': await time(byRecord),
        'audit log 100k entries: first page outside only p95 (ms)': await time({ outsideOnly: true }),
      };
    } finally {
      await db.destroy();
    }
  } finally {
    await database.stop();
  }
}
