import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../db/data-source';
import { hashToken } from '../features/auth/session.service';
import { SESSION_COOKIE } from '../features/auth/session-cookie';
import { startBenchApp } from './bench-app';
import { startBenchDatabase } from './bench-database';
import { median } from './stats';

const THEMES = 12;
const ACTIVITIES = 400;
const SESSIONS = 5_000;
const PARTICIPANTS = 2_000;
const REGISTRATIONS_PER_SESSION = 20;
const RUNS = 7;

/**
 * The programme 2022–2025 of Twente with 12 themes, 400 activities, 5,000 sessions spread over the
 * four years and 100,000 registrations (20 per session) of 2,000 participants, generated in SQL.
 */
async function seed(client: Client): Promise<{ programmeId: string; staffId: string; participantId: string }> {
  const region = `(SELECT id FROM regions WHERE name = 'Twente')`;
  const {
    rows: [staff],
  } = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, role, region_id, password_hash)
     VALUES ('bench-staff@bench.example', 'Bench Staff', 'PROGRAMME_STAFF', ${region}, 'not-a-hash') RETURNING id`,
  );
  const {
    rows: [programme],
  } = await client.query<{ id: string }>(
    `INSERT INTO programmes (region_id, name, start_year, end_year, status) VALUES (${region}, 'Benchmarkprogramma', 2022, 2025, 'ACTIVE') RETURNING id`,
  );
  await client.query(
    `INSERT INTO themes (region_id, title, year_identified) SELECT ${region}, 'Thema ' || i, 2021 FROM generate_series(1, $1) i`,
    [THEMES],
  );
  // Activity a is planned in year 2022 + a % 4 and addresses one or two themes; theme 12 only in 2022, a gap after.
  await client.query(
    `INSERT INTO learning_activities (region_id, programme_id, title, format, target_audiences, planned_year, planned_quarter, owner_user_id)
     SELECT ${region}, $1, 'Activiteit ' || a, 'WORKSHOP', '{BIBOB_ADVISOR}', 2022 + a % 4, 1 + a % 4, $2 FROM generate_series(0, $3 - 1) a`,
    [programme!.id, staff!.id, ACTIVITIES],
  );
  await client.query(
    `WITH a AS (SELECT id, row_number() OVER (ORDER BY title) - 1 AS n FROM learning_activities WHERE programme_id = $1),
          t AS (SELECT id, row_number() OVER (ORDER BY title) - 1 AS n FROM themes WHERE region_id = ${region})
     INSERT INTO activity_themes (activity_id, theme_id)
     SELECT DISTINCT a.id, t.id FROM a JOIN t ON t.n IN (a.n % ($2 - 1), (a.n * 7 + 3) % ($2 - 1))`,
    [programme!.id, THEMES],
  );
  // Online sessions (no venue to clash), spread evenly over 2022–2025, activity by round robin.
  await client.query(
    `WITH a AS (SELECT id, row_number() OVER (ORDER BY title) - 1 AS n FROM learning_activities WHERE programme_id = $1)
     INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, online_url, capacity, registration_deadline, status)
     SELECT ${region}, a.id, t, t + interval '3 hours', 'https://meet.example/bench', 25, t - interval '2 days',
            CASE WHEN t < now() THEN 'COMPLETED' ELSE 'OPEN' END
       FROM generate_series(0, $2 - 1) s
       JOIN a ON a.n = s % $3
       CROSS JOIN LATERAL (SELECT timestamptz '2022-01-03 08:00+01' + (s * interval '4 years' / $2) AS t) x`,
    [programme!.id, SESSIONS, ACTIVITIES],
  );
  await client.query(
    `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
     SELECT 'bench-' || i || '@bench.example', 'Deelnemer ' || i, 'PARTICIPANT', ${region},
            (SELECT id FROM municipalities ORDER BY cbs_code OFFSET i % 14 LIMIT 1), 'not-a-hash'
       FROM generate_series(0, $1 - 1) i`,
    [PARTICIPANTS],
  );
  // Seeding writes consistent rows directly; the per-row capacity trigger would only slow it down.
  await client.query(`SET session_replication_role = replica`);
  await client.query(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY starts_at, id) - 1 AS n FROM sessions),
          u AS (SELECT id, municipality_id, row_number() OVER (ORDER BY email) - 1 AS n FROM users WHERE role = 'PARTICIPANT')
     INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, created_at)
     SELECT s.id, u.id, u.municipality_id, 'CONFIRMED', u.id, now()
       FROM s CROSS JOIN generate_series(0, $1 - 1) j JOIN u ON u.n = (s.n * $1 + j) % $2`,
    [REGISTRATIONS_PER_SESSION, PARTICIPANTS],
  );
  await client.query(`SET session_replication_role = DEFAULT`);
  const {
    rows: [participant],
  } = await client.query<{ id: string }>(`SELECT id FROM users WHERE email = 'bench-0@bench.example'`);
  await client.query('ANALYZE');
  return { programmeId: programme!.id, staffId: staff!.id, participantId: participant!.id };
}

const ROADMAP = `query ($programmeId: ID!) { roadmap(programmeId: $programmeId, byQuarter: true) {
  periods { year quarter } rows { theme { id title } gapYears activityCounts sessionCounts trackCounts } } }`;
const CALENDAR = `query ($filter: SessionFilter, $page: PageInput) { sessions(filter: $filter, page: $page) { total items {
  id startsAt endsAt status capacity seatsTaken seatsLeft waitlistLength viewerCanRegister viewerRegistration { id status }
  activity { id title format } themes { id title } venue { name } hostMunicipality { name } } } }`;

/**
 * Server time (HTTP round trip on loopback, through Apollo, resolvers and DataLoaders) of the
 * programme roadmap and of a one-year calendar page (the largest page, 100 sessions) over
 * 5,000 sessions and 100,000 registrations.
 */
export async function benchProgramme(): Promise<Record<string, number>> {
  const database = await startBenchDatabase('programme');
  try {
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    const tokens = { staff: randomBytes(32).toString('base64url'), participant: randomBytes(32).toString('base64url') };
    let ids: Awaited<ReturnType<typeof seed>>;
    const seedStarted = performance.now();
    try {
      ids = await seed(owner);
      await owner.query(
        `INSERT INTO user_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour'), ($3, $4, now() + interval '1 hour')`,
        [hashToken(tokens.staff), ids.staffId, hashToken(tokens.participant), ids.participantId],
      );
    } finally {
      await owner.end();
    }
    const seedMs = performance.now() - seedStarted;

    const db = createDataSource({ url: database.appUrl });
    await db.initialize();
    const { graphqlUrl: url, stop } = await startBenchApp(db);
    const time = async (
      token: string,
      query: string,
      variables: Record<string, unknown>,
      check: (data: Record<string, unknown>) => void,
    ) => {
      const timings: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        timings.push(performance.now() - started);
        if (body.errors || !body.data) {
          throw new Error(`bench query failed: ${JSON.stringify(body.errors)}`);
        }
        check(body.data);
      }
      return { first: Math.round(timings[0]!), median: Math.round(median(timings)) };
    };
    try {
      const roadmap = await time(tokens.staff, ROADMAP, { programmeId: ids.programmeId }, (data) => {
        const rows = (data.roadmap as { rows: unknown[] }).rows;
        if (rows.length !== THEMES) {
          throw new Error(`expected ${THEMES} roadmap rows, got ${rows.length}`);
        }
      });
      const calendar = await time(
        tokens.participant,
        CALENDAR,
        {
          filter: { from: '2024-01-01T00:00:00+01:00', to: '2025-01-01T00:00:00+01:00' },
          page: { offset: 0, limit: 100 },
        },
        (data) => {
          const page = data.sessions as { total: number; items: { seatsTaken: number }[] };
          if (
            page.total < 1200 ||
            page.items.length !== 100 ||
            page.items[0]!.seatsTaken !== REGISTRATIONS_PER_SESSION
          ) {
            throw new Error(`unexpected calendar page: total ${page.total}, ${page.items.length} items`);
          }
        },
      );
      return {
        'programme bench: seeding 5k sessions + 100k registrations (ms)': Math.round(seedMs),
        'roadmap 12 themes × 4 years × quarters, 5k sessions: first (ms)': roadmap.first,
        'roadmap 12 themes × 4 years × quarters, 5k sessions: median (ms)': roadmap.median,
        'sessions one year (≈1,250), page of 100 with seats: first (ms)': calendar.first,
        'sessions one year (≈1,250), page of 100 with seats: median (ms)': calendar.median,
      };
    } finally {
      await stop();
      await db.destroy();
    }
  } finally {
    await database.stop();
  }
}
