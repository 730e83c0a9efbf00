import { Client } from 'pg';
import { createDataSource } from '../db/data-source';
import { SessionService } from '../features/auth/session.service';
import { PictureService } from '../features/picture/picture.service';
import { startBenchDatabase } from './bench-database';
import { median } from './stats';

const MUNICIPALITIES = 400;
const THEMES = 60;
const RECOMMENDATIONS = 20_000;
const RUNS = 7;

/**
 * A region of 400 municipalities with 60 themes and 20,000 recommendations, each linked to one to
 * three themes, generated in SQL. Deterministic: the statuses come from a seeded random().
 */
async function seed(client: Client): Promise<{ regionId: string; analystId: string }> {
  await client.query('SELECT setseed(0.42)');
  const {
    rows: [region],
  } = await client.query<{ id: string }>(`INSERT INTO regions (name) VALUES ('Benchmarkregio') RETURNING id`);
  const regionId = region!.id;
  // CBS codes GM5001..GM5400: unique, and clear of the real Twente codes.
  await client.query(
    `INSERT INTO municipalities (region_id, name, cbs_code)
     SELECT $1, 'Gemeente ' || i, 'GM' || lpad((5000 + i)::text, 4, '0') FROM generate_series(1, $2) i`,
    [regionId, MUNICIPALITIES],
  );
  const {
    rows: [facet],
  } = await client.query<{ id: string }>(
    `INSERT INTO facets (region_id, name) VALUES ($1, 'Benchmarkfacet') RETURNING id`,
    [regionId],
  );
  await client.query(
    `INSERT INTO themes (region_id, title, year_identified) SELECT $1, 'Thema ' || i, 2023 FROM generate_series(1, $2) i`,
    [regionId, THEMES],
  );
  await client.query(
    `INSERT INTO scans (region_id, municipality_id, scan_date, kind)
     SELECT region_id, id, DATE '2024-01-15', 'BASELINE' FROM municipalities WHERE region_id = $1`,
    [regionId],
  );
  await client.query(
    `WITH s AS (SELECT id, municipality_id, row_number() OVER (ORDER BY municipality_id) - 1 AS k
                  FROM scans WHERE region_id = $1),
          g AS (SELECT i, (ARRAY['OPEN','IN_PROGRESS','DONE','NOT_ADOPTED'])[1 + floor(random() * 4)::int] AS status
                  FROM generate_series(0, $3 - 1) i)
     INSERT INTO recommendations (region_id, municipality_id, scan_id, title, facet_id, priority, status, status_reason)
     SELECT $1, s.municipality_id, s.id, 'Aanbeveling ' || g.i, $2, 'P' || (1 + g.i % 4), g.status,
            CASE WHEN g.status = 'NOT_ADOPTED' THEN 'Niet passend' END
       FROM g JOIN s ON s.k = g.i % $4`,
    [regionId, facet!.id, RECOMMENDATIONS, MUNICIPALITIES],
  );
  // Recommendation number r links to 1 + r % 3 distinct themes: (7r + 13j) mod 60 for j = 0, 1, 2.
  await client.query(
    `WITH r AS (SELECT id, municipality_id, row_number() OVER (ORDER BY id) - 1 AS n FROM recommendations WHERE region_id = $1),
          t AS (SELECT id, row_number() OVER (ORDER BY title) - 1 AS n FROM themes WHERE region_id = $1)
     INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
     SELECT r.id, t.id, $1, r.municipality_id
       FROM r CROSS JOIN generate_series(0, 2) j
       JOIN t ON t.n = (7 * r.n + 13 * j) % $2
      WHERE j <= r.n % 3`,
    [regionId, THEMES],
  );
  const {
    rows: [analyst],
  } = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, role, region_id, password_hash)
     VALUES ('bench-analyst@bench.example', 'Bench Analyst', NULL, $1, 'not-a-hash') RETURNING id`,
    [regionId],
  );
  // The region's first analyst, through an install grant as the database demands (migration RoleGrants).
  await client.query(
    `INSERT INTO role_grants (user_id, requested_role, region_id, status, decided_at, note) VALUES ($1, 'RIEC_ANALYST', $2, 'APPROVED', now(), 'install')`,
    [analyst!.id, regionId],
  );
  await client.query(`UPDATE users SET role = 'RIEC_ANALYST' WHERE id = $1`, [analyst!.id]);
  await client.query('ANALYZE');
  return { regionId, analystId: analyst!.id };
}

/**
 * Time to compute the regional picture preview (SQL aggregation under row-level security, banding,
 * audit entries) for 400 municipalities × 60 themes × 20,000 recommendations. Target: < 2 s.
 */
export async function benchPicture(): Promise<Record<string, number>> {
  const database = await startBenchDatabase('picture');
  try {
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    let ids: { regionId: string; analystId: string };
    try {
      ids = await seed(owner);
    } finally {
      await owner.end();
    }

    const db = createDataSource({ url: database.appUrl });
    await db.initialize();
    try {
      const service = new PictureService(db);
      const sessions = new SessionService(db, { idleMinutes: 60, absoluteHours: 1 });
      const viewer = await sessions.resolve(await sessions.create(ids.analystId));
      if (!viewer) {
        throw new Error('The bench analyst could not start a session.');
      }
      const timings: number[] = [];
      let lines = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        const preview = await service.preview(viewer, `bench-${run}`);
        timings.push(performance.now() - started);
        lines = preview.lines.length;
      }
      if (lines !== THEMES) {
        throw new Error(`expected ${THEMES} picture lines, got ${lines}`);
      }
      return {
        'picture preview 400 mun × 60 themes × 20k recs: first (ms)': Math.round(timings[0]!),
        'picture preview 400 mun × 60 themes × 20k recs: median (ms)': Math.round(median(timings)),
      };
    } finally {
      await db.destroy();
    }
  } finally {
    await database.stop();
  }
}
