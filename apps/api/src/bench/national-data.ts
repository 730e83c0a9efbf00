import { randomBytes } from 'node:crypto';
import type { Role } from '@rode-draad/shared';
import { Client } from 'pg';
import { hashPassword } from '../auth/password';
import { createDataSource } from '../db/data-source';
import { PictureService } from '../features/picture/picture.service';
import { hashToken, SessionService } from '../features/auth/session.service';
import type { Logger } from '../logging/logger';
import { startBenchDatabase } from './bench-database';

/**
 * The national data set: the ten RIEC regions next to Twente (which the migrations seed with its 14
 * municipalities), 342 municipalities in all, and at scale 1 50,000 sessions, 1,000,000
 * registrations and 20,000 recommendations, generated set-based in SQL. Deterministic for a given
 * scale and calendar year: every choice is arithmetic on row numbers, no random().
 */
const NATIONAL = {
  /** Regions and their number of municipalities; with Twente's 14 they make 342. */
  regions: [
    ['Oost-Nederland', 60],
    ['Noord-Nederland', 45],
    ['Zeeland-West-Brabant', 40],
    ['Oost-Brabant', 35],
    ['Noord-Holland', 30],
    ['Limburg', 28],
    ['Midden-Nederland', 26],
    ['Den Haag', 22],
    ['Rotterdam', 22],
    ['Amsterdam-Amstelland', 20],
  ] as const,
  /** The region the bench's viewers belong to: the largest. */
  benchRegion: 'Oost-Nederland',
  sessions: 50_000,
  registrationsPerSession: 20,
  recommendations: 20_000,
  participantsPerMunicipality: 30,
  themesPerRegion: 40,
  facetsPerRegion: 6,
  venuesPerRegion: 12,
  sessionsPerActivity: 10,
  /** The programme runs from two years before the current year to two after. */
  programmeYearsBefore: 2,
  programmeYearsAfter: 2,
} as const;

/** The password of every named bench account (see `BenchUsers`), for logging in through the web app. */
export const BENCH_PASSWORD = 'bench-password-national';

export type BenchRole = 'admin' | 'staff' | 'analyst' | 'coordinator' | 'participant' | 'otherCoordinator';

interface BenchUser {
  id: string;
  email: string;
  role: Role;
  municipalityId: string | null;
  /** A session token: send it as the `rd_session` cookie. */
  token: string;
}

export interface NationalIds {
  regionId: string;
  /** The bench region's programme. */
  programmeId: string;
  /** The municipality of the bench coordinator and participant. */
  municipalityId: string;
  /** Another municipality of the same region (its coordinator is `otherCoordinator`). */
  otherMunicipalityId: string;
  users: Record<BenchRole, BenchUser>;
}

interface NationalCounts {
  regions: number;
  municipalities: number;
  users: number;
  sessions: number;
  registrations: number;
  recommendations: number;
  activities: number;
  themes: number;
}

export interface NationalDatabase {
  scale: number;
  port: number;
  /** As `rode_draad_app`, what the app uses (row-level security applies). */
  appUrl: string;
  /** As the superuser. */
  ownerUrl: string;
  ids: NationalIds;
  counts: NationalCounts;
  seedMs: number;
  stop(): Promise<void>;
}

/** `RD_BENCH_SCALE`: 1 is the national size; 0.05 a quick run. */
export function benchScale(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.RD_BENCH_SCALE;
  if (!raw) {
    return 1;
  }
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 4) {
    throw new Error(`RD_BENCH_SCALE must be a number in (0, 4], got "${raw}".`);
  }
  return scale;
}

/**
 * Fills a freshly migrated database (as superuser) with the national data set. Triggers are off
 * while seeding (`session_replication_role = replica`): they check capacity, role grants and
 * carried-over links row by row, which this generated, consistent data does not need; foreign keys
 * (also triggers) are therefore kept by construction.
 */
async function seed(client: Client, scale: number, year: number): Promise<void> {
  // RD_BENCH_SEED_TIMES=1: the time of each seeding statement on stderr, to see what to speed up.
  const times = Boolean(process.env.RD_BENCH_SEED_TIMES);
  const q = async (sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    if (times) {
      console.error(`${Math.round(performance.now() - started)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 90)}`);
    }
    return result;
  };
  const sessions = Math.max(200, Math.round(NATIONAL.sessions * scale));
  const recommendations = Math.max(200, Math.round(NATIONAL.recommendations * scale));
  const participants = Math.max(3, Math.round(NATIONAL.participantsPerMunicipality * scale));
  const startYear = year - NATIONAL.programmeYearsBefore;
  const endYear = year + NATIONAL.programmeYearsAfter;
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  await q('SET session_replication_role = replica');
  await q(`INSERT INTO regions (name) SELECT r.name FROM unnest($1::text[]) r(name)`, [
    NATIONAL.regions.map(([name]) => name),
  ]);
  // bench_regions: every region with its order, size, share of sessions and offset of its CBS codes.
  await q(
    `CREATE TEMP TABLE bench_regions AS
     WITH sizes AS (
       SELECT r.id, r.name, coalesce(s.ord, 0) AS ord,
              coalesce(s.size, (SELECT count(*) FROM municipalities m WHERE m.region_id = r.id))::int AS size
         FROM regions r LEFT JOIN unnest($1::text[], $2::int[]) WITH ORDINALITY s(name, size, ord) ON s.name = r.name
     )
     SELECT *, greatest(1, ceil(sessions::numeric / $4))::int AS activities
       FROM (SELECT id, name, ord, size, (sum(size) OVER (ORDER BY ord) - size)::int AS offset_,
                    round($3::numeric * size / sum(size) OVER ())::int AS sessions
               FROM sizes) r`,
    [
      NATIONAL.regions.map(([name]) => name),
      NATIONAL.regions.map(([, size]) => size),
      sessions,
      NATIONAL.sessionsPerActivity,
    ],
  );
  // CBS codes GM6000 and up: clear of the real Twente codes.
  await q(
    `INSERT INTO municipalities (region_id, name, cbs_code)
     SELECT r.id, 'Gemeente ' || r.name || ' ' || lpad(i::text, 2, '0'), 'GM' || (6000 + r.offset_ + i)
       FROM bench_regions r CROSS JOIN LATERAL generate_series(1, r.size) i
      WHERE r.ord > 0`,
  );
  await q(
    `CREATE TEMP TABLE bench_municipalities AS
     SELECT m.id, m.region_id, (row_number() OVER (PARTITION BY m.region_id ORDER BY m.cbs_code) - 1)::int AS n
       FROM municipalities m`,
  );
  await q(`CREATE INDEX ON bench_municipalities (region_id, n)`);
  await q('ANALYZE bench_regions, bench_municipalities');
  await q(
    `INSERT INTO facets (region_id, name, position)
     SELECT r.id, 'Facet ' || f, f FROM bench_regions r CROSS JOIN generate_series(1, $1) f
      WHERE NOT EXISTS (SELECT 1 FROM facets x WHERE x.region_id = r.id)`,
    [NATIONAL.facetsPerRegion],
  );
  await q(
    `INSERT INTO themes (region_id, title, description, year_identified, active)
     SELECT r.id, 'Thema ' || lpad(t::text, 2, '0') || ' ' || (ARRAY['vastgoed','horeca','zorg','transport','bibob','prostitutie','drugs','witwassen'])[1 + t % 8],
            'Een ondermijningsthema van de regio.', $2 - 3 + t % 3, t % 13 <> 0
       FROM bench_regions r CROSS JOIN generate_series(1, $1) t`,
    [NATIONAL.themesPerRegion, year],
  );

  // Per region: an admin, three programme staff and two analysts; per municipality two coordinators
  // and the participants. The named bench accounts (n = 0) get a real password hash.
  await q(
    `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
     SELECT lower(k.role) || '-' || r.ord || '-' || i || '@bench.example', initcap(lower(k.role)) || ' ' || r.ord || '-' || i,
            k.role, r.id, NULL, CASE WHEN i = 0 THEN $1 ELSE 'not-a-hash' END
       FROM bench_regions r
       CROSS JOIN (VALUES ('ADMIN', 1), ('PROGRAMME_STAFF', 3), ('RIEC_ANALYST', 2)) k(role, n)
       CROSS JOIN LATERAL generate_series(0, k.n - 1) i`,
    [passwordHash],
  );
  await q(
    `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
     SELECT lower(k.role) || '-' || r.ord || '-' || m.n || '-' || i || '@bench.example',
            (ARRAY['Anne','Bas','Chantal','Dirk','Eva','Fatima','Gert','Hanna','Ivo','Jasmijn'])[1 + (m.n + i) % 10] || ' '
              || (ARRAY['de Vries','Jansen','Bakker','Visser','Smit','Meijer','Mulder','de Boer','Bos','Peters'])[1 + (i * 7 + m.n) % 10]
              || ' ' || r.ord || '-' || m.n || '-' || i,
            k.role, r.id, m.id, CASE WHEN i = 0 AND m.n < 2 THEN $2 ELSE 'not-a-hash' END
       FROM bench_regions r JOIN bench_municipalities m ON m.region_id = r.id
       CROSS JOIN (VALUES ('MUNICIPAL_COORDINATOR', 2), ('PARTICIPANT', $1::int)) k(role, n)
       CROSS JOIN LATERAL generate_series(0, k.n - 1) i`,
    [participants, passwordHash],
  );
  // Analysts and coordinators hold their role through an install grant, as the database demands.
  await q(
    `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, status, decided_at, applied_at, note)
     SELECT id, role, region_id, CASE WHEN role = 'MUNICIPAL_COORDINATOR' THEN municipality_id END, 'APPROVED', now(), now(), 'install'
       FROM users WHERE role IN ('RIEC_ANALYST', 'MUNICIPAL_COORDINATOR') AND email LIKE '%@bench.example'`,
  );
  await q(
    `CREATE TEMP TABLE bench_participants AS
     SELECT u.id, u.region_id, u.municipality_id, (row_number() OVER (PARTITION BY u.region_id ORDER BY u.email) - 1)::int AS n
       FROM users u WHERE u.role = 'PARTICIPANT' AND u.email LIKE '%@bench.example'`,
  );
  await q(`CREATE INDEX ON bench_participants (region_id, n)`);
  await q('ANALYZE bench_participants');
  await q(
    `CREATE TEMP TABLE bench_staff AS
     SELECT u.id, u.region_id FROM users u WHERE u.role = 'PROGRAMME_STAFF' AND u.email LIKE 'programme_staff-%-0@bench.example'`,
  );

  // A multi-year programme per region, one activity per ten sessions, each on one to three themes.
  await q(
    `INSERT INTO programmes (region_id, name, start_year, end_year, status, goals, default_session_status)
     SELECT id, 'Regionaal programma ' || $1 || '–' || $2, $1::int, $2::int, 'ACTIVE', 'Weerbaar bestuur tegen ondermijning.', 'OPEN'
       FROM bench_regions`,
    [startYear, endYear],
  );
  await q(
    `INSERT INTO learning_activities (region_id, programme_id, title, description, format, target_audiences,
                                      planned_year, planned_quarter, owner_user_id)
     SELECT r.id, p.id,
            (ARRAY['Workshop','Masterclass','Intervisie','Werkbezoek','Tafeloefening','E-learning','Kennissessie'])[1 + a % 7]
              || ' ' || (ARRAY['Bibob in de praktijk','Signalen herkennen','Vastgoedfraude','Horeca-integriteit','Zorgfraude','Witwassen','Arbeidsuitbuiting','Drugslabs'])[1 + a % 8]
              || ' ' || a,
            'Een leeractiviteit van het regionale programma.',
            (ARRAY['WORKSHOP','MASTERCLASS','INTERVISIE','SITE_VISIT','TABLETOP_EXERCISE','E_LEARNING','KNOWLEDGE_SESSION'])[1 + a % 7],
            CASE a % 3 WHEN 0 THEN '{BIBOB_ADVISOR,POLICY_ADVISOR}'::text[] WHEN 1 THEN '{ENFORCEMENT_OFFICER,LICENSING_OFFICER}'::text[]
                       ELSE '{ADMINISTRATOR,COUNCIL_MEMBER}'::text[] END,
            $1::int + a % ($2::int - $1::int + 1), CASE WHEN a % 5 = 4 THEN NULL ELSE 1 + a % 4 END, s.id
       FROM bench_regions r
       JOIN programmes p ON p.region_id = r.id
       JOIN bench_staff s ON s.region_id = r.id
       CROSS JOIN LATERAL generate_series(0, r.activities - 1) a`,
    [startYear, endYear],
  );
  await q(
    `CREATE TEMP TABLE bench_activities AS
     SELECT a.id, a.region_id, (row_number() OVER (PARTITION BY a.region_id ORDER BY substring(a.title FROM '[0-9]+$')::int) - 1)::int AS n,
            count(*) OVER (PARTITION BY a.region_id)::int AS of_region
       FROM learning_activities a`,
  );
  await q(`CREATE INDEX ON bench_activities (region_id, n)`);
  await q('ANALYZE bench_activities');
  await q(
    `WITH t AS (SELECT id, region_id, (row_number() OVER (PARTITION BY region_id ORDER BY title) - 1)::int AS n,
                       count(*) OVER (PARTITION BY region_id)::int AS of_region FROM themes)
     INSERT INTO activity_themes (activity_id, theme_id)
     SELECT DISTINCT a.id, t.id
       FROM bench_activities a CROSS JOIN generate_series(0, 2) j
       JOIN t ON t.region_id = a.region_id AND t.n = (a.n * 7 + j * 11) % t.of_region
      WHERE j <= a.n % 3`,
  );
  await q(
    `INSERT INTO venues (region_id, name, address, room)
     SELECT r.id, 'Gemeentehuis ' || v, 'Markt ' || v || ', ' || r.name, 'Zaal ' || (1 + v % 3)
       FROM bench_regions r CROSS JOIN generate_series(1, $1) v`,
    [NATIONAL.venuesPerRegion],
  );
  // Sessions and a million registrations go in faster with their secondary indexes built afterwards
  // than kept up row by row (indexes behind constraints stay: the venue clash check needs its own).
  const { rows: secondaryIndexes } = await q(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename IN ('sessions', 'registrations')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)`,
  );
  for (const { indexname } of secondaryIndexes as { indexname: string }[]) {
    await q(`DROP INDEX ${indexname}`);
  }
  const restoreIndexes = async () => {
    for (const { indexdef } of secondaryIndexes as { indexdef: string }[]) {
      await q(indexdef);
    }
  };
  // Sessions spread evenly over the programme's years, activity by round robin (so an activity
  // has sessions in every year), a third online, at 9, 13 and 17 o'clock in quarter-hour steps; a
  // venue is never double booked: the sessions of a day are consecutive numbers (at most twelve a
  // day up to scale 2) and take different venues.
  await q(
    `WITH v AS (SELECT id, region_id, (row_number() OVER (PARTITION BY region_id ORDER BY name) - 1)::int AS n FROM venues),
          span AS (SELECT make_date($1, 1, 1)::timestamp AS first_day, (make_date($2 + 1, 1, 1) - make_date($1, 1, 1)) AS days)
     INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, venue_id, online_url, host_municipality_id, capacity,
                           registration_deadline, max_per_municipality, status, show_participant_names)
     SELECT r.id, a.id, x.starts_at, x.starts_at + interval '3 hours',
            CASE WHEN s % 3 = 0 THEN NULL ELSE v.id END,
            CASE WHEN s % 3 = 0 THEN 'https://meet.example/bench/' || s END,
            m.id, CASE WHEN s % 7 = 0 THEN 18 ELSE 25 END, x.starts_at - interval '2 days',
            CASE WHEN s % 11 = 0 THEN 5 END,
            CASE WHEN s % 50 = 0 THEN 'CANCELLED' WHEN x.starts_at < now() THEN 'COMPLETED' ELSE 'OPEN' END,
            s % 4 = 0
       FROM bench_regions r CROSS JOIN span
       CROSS JOIN LATERAL generate_series(0, r.sessions - 1) s
       CROSS JOIN LATERAL (SELECT (span.first_day + (s::bigint * span.days / r.sessions) * interval '1 day'
                                   + (9 + (s % 3) * 4) * interval '1 hour' + (s / 3 % 4) * interval '15 minutes') AT TIME ZONE 'Europe/Amsterdam' AS starts_at) x
       JOIN bench_activities a ON a.region_id = r.id AND a.n = s % r.activities
       JOIN v ON v.region_id = r.id AND v.n = s % $3
       JOIN bench_municipalities m ON m.region_id = r.id AND m.n = s % r.size`,
    [startYear, endYear, NATIONAL.venuesPerRegion],
  );
  // Twenty registrations per session by participants of the region: the last one cancelled in
  // every fifth session, the two above capacity 18 on the waitlist, attendance after the fact.
  await q(
    `WITH s AS (SELECT id, region_id, status, capacity, starts_at,
                       (row_number() OVER (PARTITION BY region_id ORDER BY starts_at, id) - 1)::int AS n FROM sessions),
          pc AS (SELECT region_id, count(*)::int AS c FROM bench_participants GROUP BY region_id)
     INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, attended, created_at,
                                cancelled_at, cancelled_by)
     SELECT s.id, p.id, p.municipality_id, x.status, p.id,
            CASE WHEN s.status = 'COMPLETED' AND x.status = 'CONFIRMED' THEN j % 10 <> 0 END,
            s.starts_at - interval '14 days',
            CASE WHEN x.status = 'CANCELLED' THEN s.starts_at - interval '5 days' END,
            CASE WHEN x.status = 'CANCELLED' THEN p.id END
       FROM s JOIN pc ON pc.region_id = s.region_id
       CROSS JOIN generate_series(0, $1 - 1) j
       JOIN bench_participants p ON p.region_id = s.region_id AND p.n = (s.n * $1 + j) % pc.c
       CROSS JOIN LATERAL (SELECT CASE WHEN j = $1 - 1 AND s.n % 5 = 0 THEN 'CANCELLED'
                                       WHEN j >= s.capacity THEN 'WAITLISTED' ELSE 'CONFIRMED' END AS status) x
      ORDER BY s.starts_at, s.id, j`,
    [NATIONAL.registrationsPerSession],
  );
  await restoreIndexes();

  // A baseline scan per municipality, a rescan in every third; most agreed to feed the picture.
  await q(
    `INSERT INTO scans (region_id, municipality_id, scan_date, kind, scope, summary)
     SELECT m.region_id, m.id, make_date($1, 1 + m.n % 12, 15), 'BASELINE', 'Bestuurlijke weerbaarheid', 'Uitkomsten van de scan.'
       FROM bench_municipalities m JOIN bench_regions r ON r.id = m.region_id WHERE r.ord > 0
     UNION ALL
     SELECT m.region_id, m.id, make_date($1 + 2, 1 + m.n % 12, 15), 'RESCAN', 'Herhaalscan', 'Uitkomsten van de herscan.'
       FROM bench_municipalities m JOIN bench_regions r ON r.id = m.region_id WHERE r.ord > 0 AND m.n % 3 = 0`,
    [startYear],
  );
  await q(
    `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis, decision_date)
     SELECT s.id, s.region_id, s.municipality_id,
            CASE WHEN m.n % 7 = 6 THEN 'REFUSED' ELSE 'AGREED' END,
            CASE WHEN m.n % 7 = 6 THEN '' ELSE 'Collegebesluit' END, s.scan_date + 30
       FROM scans s JOIN bench_municipalities m ON m.id = s.municipality_id
      WHERE m.n % 11 <> 10 AND NOT EXISTS (SELECT 1 FROM scan_consents c WHERE c.scan_id = s.id)`,
  );
  // Recommendations round robin over all bench municipalities' scans; every third owned by a participant.
  await q(
    `WITH sc AS (SELECT s.id, s.region_id, s.municipality_id, s.scan_date,
                        (row_number() OVER (ORDER BY r.ord, m.n, s.scan_date) - 1)::int AS n
                   FROM scans s JOIN bench_regions r ON r.id = s.region_id JOIN bench_municipalities m ON m.id = s.municipality_id
                  WHERE r.ord > 0),
          scan_count AS (SELECT count(*)::int AS c FROM sc),
          f AS (SELECT id, region_id, (row_number() OVER (PARTITION BY region_id ORDER BY position, name) - 1)::int AS n,
                       count(*) OVER (PARTITION BY region_id)::int AS c FROM facets),
          o AS (SELECT u.id, u.municipality_id, (row_number() OVER (PARTITION BY u.municipality_id ORDER BY u.email) - 1)::int AS n
                  FROM users u WHERE u.role = 'PARTICIPANT')
     INSERT INTO recommendations (region_id, municipality_id, scan_id, reference, title, body, facet_id, priority, status,
                                  status_reason, status_changed_at, owner_user_id, due_date, created_at)
     SELECT sc.region_id, sc.municipality_id, sc.id, 'A-' || lpad(i::text, 5, '0'),
            (ARRAY['Borg','Leg vast','Verbeter','Richt in','Evalueer','Actualiseer'])[1 + i % 6] || ' '
              || (ARRAY['de Bibob-procedure','het vastgoedbeleid','de informatie-uitwisseling','de horecavergunning','het integriteitsbeleid','de signaalroute','het weerbaarheidsplan'])[1 + (i / 6) % 7]
              || ' (' || i || ')',
            'Toelichting bij de aanbeveling.', f.id, 'P' || (1 + (i * 7) % 4), x.status,
            CASE WHEN x.status = 'NOT_ADOPTED' THEN 'Niet passend bij de gemeente' END,
            CASE WHEN x.status <> 'OPEN' THEN sc.scan_date + 60 END,
            CASE WHEN i % 3 = 0 THEN o.id END,
            CASE WHEN i % 2 = 0 THEN make_date($1, 1, 1) + (i * 37) % 1500 END,
            sc.scan_date + interval '10 days' + (i % 100) * interval '1 minute'
       FROM generate_series(0, $2 - 1) i
       CROSS JOIN scan_count
       JOIN sc ON sc.n = i % scan_count.c
       JOIN f ON f.region_id = sc.region_id AND f.n = i % f.c
       LEFT JOIN o ON o.municipality_id = sc.municipality_id AND o.n = (i / 3) % $3
       CROSS JOIN LATERAL (SELECT (ARRAY['OPEN','IN_PROGRESS','DONE','NOT_ADOPTED','OPEN','IN_PROGRESS','DONE'])[1 + (i * 5) % 7] AS status) x`,
    [startYear, recommendations, participants],
  );
  await q(
    `WITH r AS (SELECT id, region_id, municipality_id, (row_number() OVER (ORDER BY reference) - 1)::int AS n FROM recommendations),
          t AS (SELECT id, region_id, (row_number() OVER (PARTITION BY region_id ORDER BY title) - 1)::int AS n,
                       count(*) OVER (PARTITION BY region_id)::int AS c FROM themes)
     INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
     SELECT DISTINCT r.id, t.id, r.region_id, r.municipality_id
       FROM r CROSS JOIN generate_series(0, 2) j
       JOIN t ON t.region_id = r.region_id AND t.n = (r.n * 7 + j * 13) % t.c
      WHERE j <= r.n % 3`,
  );
  await q('SET session_replication_role = DEFAULT');
  // What the skipped triggers would also have done: give each region the version its roadmap counts are kept at.
  await q('SELECT roadmap_bump(ARRAY(SELECT id FROM regions))');
  await q('ANALYZE');
}

const BENCH_EMAILS: Record<BenchRole, (ord: number) => string> = {
  admin: (ord) => `admin-${ord}-0@bench.example`,
  staff: (ord) => `programme_staff-${ord}-0@bench.example`,
  analyst: (ord) => `riec_analyst-${ord}-0@bench.example`,
  coordinator: (ord) => `municipal_coordinator-${ord}-0-0@bench.example`,
  participant: (ord) => `participant-${ord}-0-0@bench.example`,
  otherCoordinator: (ord) => `municipal_coordinator-${ord}-1-0@bench.example`,
};

/** The bench region's ids and a session (token) for each named bench account. */
async function benchIds(client: Client): Promise<NationalIds> {
  const ord = NATIONAL.regions.findIndex(([name]) => name === NATIONAL.benchRegion) + 1;
  const {
    rows: [region],
  } = await client.query<{ id: string; programme_id: string }>(
    `SELECT r.id, p.id AS programme_id FROM regions r JOIN programmes p ON p.region_id = r.id WHERE r.name = $1`,
    [NATIONAL.benchRegion],
  );
  const users = {} as Record<BenchRole, BenchUser>;
  for (const [role, email] of Object.entries(BENCH_EMAILS) as [BenchRole, (ord: number) => string][]) {
    const {
      rows: [user],
    } = await client.query<{ id: string; role: Role; municipality_id: string | null }>(
      `SELECT id, role, municipality_id FROM users WHERE email = $1`,
      [email(ord)],
    );
    const token = randomBytes(32).toString('base64url');
    await client.query(
      `INSERT INTO user_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '30 days')`,
      [hashToken(token), user!.id],
    );
    users[role] = { id: user!.id, email: email(ord), role: user!.role, municipalityId: user!.municipality_id, token };
  }
  return {
    regionId: region!.id,
    programmeId: region!.programme_id,
    municipalityId: users.coordinator.municipalityId!,
    otherMunicipalityId: users.otherCoordinator.municipalityId!,
    users,
  };
}

async function countRows(client: Client): Promise<NationalCounts> {
  const {
    rows: [counts],
  } = await client.query<NationalCounts>(
    `SELECT (SELECT count(*) FROM regions)::int AS regions, (SELECT count(*) FROM municipalities)::int AS municipalities,
            (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM sessions)::int AS sessions,
            (SELECT count(*) FROM registrations)::int AS registrations,
            (SELECT count(*) FROM recommendations)::int AS recommendations,
            (SELECT count(*) FROM learning_activities)::int AS activities, (SELECT count(*) FROM themes)::int AS themes`,
  );
  return counts!;
}

/**
 * Publishes the bench region's picture twice as its analyst, through the app's own service (so
 * the snapshots are what the app would store), the second with a trend against the first.
 */
async function publishPictures(appUrl: string, analystId: string): Promise<void> {
  const db = createDataSource({ url: appUrl, poolSize: 2 });
  await db.initialize();
  try {
    const sessions = new SessionService(db, { idleMinutes: 60, absoluteHours: 1 });
    const viewer = await sessions.resolve(await sessions.create(analystId));
    if (!viewer) {
      throw new Error('The bench analyst could not start a session.');
    }
    const pictures = new PictureService(db);
    await pictures.publish(viewer, 'bench-seed-1', 'Eerste regiobeeld', [], []);
    await pictures.publish(viewer, 'bench-seed-2', 'Tweede regiobeeld', [], []);
  } finally {
    await db.destroy();
  }
}

/**
 * Seeds the national data set at `scale` into a freshly migrated database (`ownerUrl` as superuser,
 * `appUrl` as the app role with a login), and opens a session for each named bench account.
 */
export async function seedNational(options: {
  ownerUrl: string;
  appUrl: string;
  scale: number;
}): Promise<{ ids: NationalIds; counts: NationalCounts }> {
  const owner = new Client({ connectionString: options.ownerUrl });
  await owner.connect();
  try {
    await seed(owner, options.scale, new Date().getFullYear());
    const ids = await benchIds(owner);
    await publishPictures(options.appUrl, ids.users.analyst.id);
    await owner.query('ANALYZE picture_snapshots, audit_log, user_sessions');
    return { ids, counts: await countRows(owner) };
  } finally {
    await owner.end();
  }
}

/**
 * Starts an embedded PostgreSQL in a temporary directory, migrates a database `rd_bench` and
 * seeds the national data set at `scale`. `stop()` removes everything again.
 */
export async function startNationalDatabase(options: { scale: number; log?: Logger }): Promise<NationalDatabase> {
  const database = await startBenchDatabase('national', options.log);
  const { ownerUrl, appUrl } = database;
  try {
    const started = performance.now();
    const { ids, counts } = await seedNational({ ownerUrl, appUrl, scale: options.scale });
    const seedMs = performance.now() - started;
    return { scale: options.scale, port: database.port, appUrl, ownerUrl, ids, counts, seedMs, stop: database.stop };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
