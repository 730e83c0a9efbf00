import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bandTrend,
  CLOSED_FOLLOW_UP_STATUSES,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  type CountBand,
} from '@rode-draad/shared';
import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import { can } from '../access/policy';
import { Permission } from '../access/permissions';
import { positional, scopeSql } from '../access/scope';
import type { Viewer } from '../access/viewer';
import { SessionService } from '../features/auth/session.service';
import { readCookie, SESSION_COOKIE } from '../features/auth/session-cookie';
import { toLearningEffectView } from '../features/picture/learning-effect';
import { shownContributingCount } from '../features/picture/picture-consent';
import { BENCH_SESSION_SETTINGS } from './bench-app';

/**
 * The yardstick of the national bench: what a skilled developer would write by hand for the web
 * app's main page queries, with plain `http` and a `pg` Pool, no GraphQL and no ORM. It answers
 * the same rows and fields as the GraphQL operations under the same scope and row-level security:
 * the cookie's session is resolved as the app does, and every query runs as `rode_draad_app` in a
 * transaction carrying the session token (`set_config('app.session_token', …, true)`), filtered by
 * the scope module. One statement per answer, with its relations and total aggregated to JSON.
 *
 * `POST /raw/<Operation>` with `{ "variables": … }` answers `{ "data": … }` shaped like GraphQL's.
 */

/** A timestamptz as GraphQL's DateTimeISO shows it (`Date.toISOString()`). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Counts statements, as the bench counts the app's through TypeORM's logger. */
interface Counted {
  query<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
}

interface PageVariables {
  offset?: number;
  limit?: number;
}

function page(variables: { page?: PageVariables | null }): { offset: number; limit: number } {
  const offset = variables.page?.offset ?? 0;
  const limit = variables.page?.limit ?? PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1 || limit > PAGE_SIZE_MAX) {
    throw new HttpError(400, 'bad page');
  }
  return { offset, limit };
}

/** Only what the bench and the web's default views send: other filters would need their SQL here. */
function refuseOtherFilters(filter: Record<string, unknown> | null | undefined, allowed: string[]): void {
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value !== null && value !== undefined && !allowed.includes(key)) {
      throw new HttpError(400, `the raw endpoint does not filter on ${key}`);
    }
  }
}

async function sessions(db: Counted, viewer: Viewer, variables: Record<string, unknown>) {
  const filter = (variables.filter ?? {}) as { from?: string | null; to?: string | null };
  refuseOtherFilters(filter, ['from', 'to']);
  const { offset, limit } = page(variables);
  const [row] = await db.query<{ total: number | null; items: unknown[] }>(
    `WITH page AS (
       SELECT s.id, s.starts_at, s.ends_at, s.status, s.capacity, s.online_url, s.registration_deadline,
              s.activity_id, s.venue_id, s.host_municipality_id, count(*) OVER () AS total
         FROM sessions s
        WHERE s.region_id = $1
          AND ($2::timestamptz IS NULL OR s.ends_at > $2::timestamptz)
          AND ($3::timestamptz IS NULL OR s.starts_at < $3::timestamptz)
        ORDER BY s.starts_at, s.id
        OFFSET $4 LIMIT $5
     )
     SELECT max(p.total)::int AS total,
            coalesce(json_agg(json_build_object(
              'id', p.id, 'startsAt', ${iso('p.starts_at')}, 'endsAt', ${iso('p.ends_at')}, 'status', p.status,
              'capacity', p.capacity, 'seatsTaken', seats.confirmed, 'seatsLeft', greatest(0, p.capacity - seats.confirmed),
              'waitlistLength', seats.waitlisted, 'online', p.online_url IS NOT NULL,
              'onlineUrl', CASE WHEN $7 OR vr.status = 'CONFIRMED' THEN p.online_url END,
              'viewerCanRegister', $8 AND p.status IN ('OPEN', 'FULL') AND p.registration_deadline > now() AND vr.id IS NULL,
              'activity', json_build_object('id', a.id, 'title', a.title, 'format', a.format),
              'themes', coalesce(th.themes, '[]'),
              'venue', CASE WHEN v.id IS NOT NULL THEN json_build_object('id', v.id, 'name', v.name, 'room', v.room) END,
              'hostMunicipality', CASE WHEN m.id IS NOT NULL THEN json_build_object('id', m.id, 'name', m.name) END,
              'viewerRegistration', CASE WHEN vr.id IS NOT NULL
                THEN json_build_object('id', vr.id, 'status', vr.status, 'waitlistPosition', vr.waitlist_position) END
            ) ORDER BY p.starts_at, p.id), '[]') AS items
       FROM page p
       JOIN learning_activities a ON a.id = p.activity_id
       LEFT JOIN venues v ON v.id = p.venue_id
       LEFT JOIN municipalities m ON m.id = p.host_municipality_id
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
                count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted
           FROM registrations r WHERE r.session_id = p.id AND r.status <> 'CANCELLED') seats
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('id', t.id, 'title', t.title) ORDER BY lower(t.title), t.id) AS themes
           FROM activity_themes at JOIN themes t ON t.id = at.theme_id WHERE at.activity_id = p.activity_id) th ON true
       LEFT JOIN LATERAL (
         SELECT r.id, r.status,
                CASE WHEN r.status = 'WAITLISTED' THEN
                  (SELECT count(*)::int FROM registrations w
                    WHERE w.session_id = r.session_id AND w.status = 'WAITLISTED' AND w.arrival <= r.arrival)
                END AS waitlist_position
           FROM registrations r WHERE r.session_id = p.id AND r.user_id = $6 AND r.status <> 'CANCELLED') vr ON true`,
    [
      viewer.regionId,
      filter.from ?? null,
      filter.to ?? null,
      offset,
      limit,
      viewer.userId,
      can(viewer, Permission.PROGRAMME_PLAN),
      can(viewer, Permission.REGISTRATION_SELF),
    ],
  );
  return { sessions: { total: await totalOf(db, row!, offset, viewer, filter), items: row!.items } };
}

/** A page past the end has no row to carry the window count: count apart, as rarely as that happens. */
async function totalOf(
  db: Counted,
  row: { total: number | null },
  offset: number,
  viewer: Viewer,
  filter: { from?: string | null; to?: string | null },
): Promise<number> {
  if (row.total !== null || offset === 0) {
    return row.total ?? 0;
  }
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM sessions s WHERE s.region_id = $1
        AND ($2::timestamptz IS NULL OR s.ends_at > $2::timestamptz) AND ($3::timestamptz IS NULL OR s.starts_at < $3::timestamptz)`,
    [viewer.regionId, filter.from ?? null, filter.to ?? null],
  );
  return count!.total;
}

const SORT_COLUMNS: Record<string, string> = {
  PRIORITY: 'r.priority',
  TITLE: 'lower(r.title)',
  STATUS: `array_position(ARRAY['OPEN','IN_PROGRESS','DONE','NOT_ADOPTED'], r.status)`,
  REFERENCE: 'r.reference',
  CREATED_AT: 'r.created_at',
  DUE_DATE: 'r.due_date',
};

async function recommendations(db: Counted, viewer: Viewer, variables: Record<string, unknown>, requestId: string) {
  if (!can(viewer, Permission.RECOMMENDATION_READ)) {
    throw new HttpError(403, 'forbidden');
  }
  const filter = (variables.filter ?? {}) as { municipalityId?: string | null };
  refuseOtherFilters(filter, ['municipalityId']);
  const sort = (variables.sort ?? {}) as { field?: string; direction?: string };
  const column = SORT_COLUMNS[sort.field ?? 'PRIORITY'];
  if (!column) {
    throw new HttpError(400, 'bad sort');
  }
  const direction = sort.direction === 'DESC' ? 'DESC' : 'ASC';
  const { offset, limit } = page(variables);
  const base = [
    offset,
    limit,
    filter.municipalityId ?? null,
    viewer.userId,
    requestId,
    viewer.regionId,
    viewer.role,
    viewer.municipalityId,
    CLOSED_FOLLOW_UP_STATUSES,
  ];
  const scope = scopeSql(viewer, Permission.RECOMMENDATION_READ, 'r', { user: 'owner_user_id' });
  const scoped = positional(scope, base.length);
  // The list's audit entries (one LIST per municipality on the page) in the same statement.
  const [row] = await db.query<{ total: number | null; items: unknown[] }>(
    `WITH page AS (
       SELECT r.id, r.reference, r.title, r.priority, r.status, r.due_date, r.version, r.facet_id, r.municipality_id,
              r.owner_user_id, row_number() OVER (ORDER BY ${column} ${direction} NULLS LAST, lower(r.title), r.id) AS n,
              count(*) OVER () AS total
         FROM recommendations r
        WHERE ${scoped.sql} AND ($3::uuid IS NULL OR r.municipality_id = $3::uuid)
        ORDER BY ${column} ${direction} NULLS LAST, lower(r.title), r.id
        OFFSET $1 LIMIT $2
     ), audit AS (
       INSERT INTO audit_log (municipality_id, action, entity, entity_id, details, actor_user_id, request_id,
                              region_id, actor_role, actor_municipality_id)
       SELECT municipality_id, 'LIST', 'recommendation', NULL, jsonb_build_object('count', count(*)), $4::uuid, $5::text, $6::uuid, $7::text, $8::uuid
         FROM page GROUP BY municipality_id
     )
     SELECT max(p.total)::int AS total,
            coalesce(json_agg(json_build_object(
              'id', p.id, 'reference', p.reference, 'title', p.title, 'priority', p.priority, 'status', p.status,
              'dueDate', to_char(p.due_date, 'YYYY-MM-DD'),
              'overdue', coalesce(p.due_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date AND p.status <> ALL ($9::text[]), false),
              'version', p.version,
              'facet', json_build_object('id', f.id, 'name', f.name),
              'themes', coalesce(th.themes, '[]'),
              'municipality', json_build_object('id', m.id, 'name', m.name),
              'owner', CASE WHEN o.id IS NOT NULL THEN json_build_object('id', o.id, 'name', o.name) END
            ) ORDER BY p.n), '[]') AS items
       FROM page p
       JOIN facets f ON f.id = p.facet_id
       JOIN municipalities m ON m.id = p.municipality_id
       LEFT JOIN users o ON o.id = p.owner_user_id
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('id', t.id, 'title', t.title) ORDER BY lower(t.title)) AS themes
           FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.recommendation_id = p.id) th ON true`,
    [...base, ...scoped.params],
  );
  return { recommendations: { total: row!.total ?? 0, items: row!.items } };
}

interface StoredShares {
  suppressed: boolean;
  bands?: Record<string, { from: number; to: number }>;
  percentages?: Record<string, number>;
}

interface StoredLine {
  themeId: string;
  title: string;
  municipalities: CountBand;
  followUp: StoredShares;
  learningEffect?: Parameters<typeof toLearningEffectView>[0];
}

const bandView = (band: CountBand) =>
  band.kind === 'EXACT'
    ? { kind: band.kind, value: band.value, bound: null }
    : { kind: band.kind, value: null, bound: band.bound };

/** Stored shares as bands of 25; whole percentages of old snapshots go to the band holding them. */
function sharesView(shares: StoredShares) {
  if (shares.suppressed) {
    return { suppressed: true, open: null, inProgress: null, done: null, notAdopted: null };
  }
  const band = (status: string) => {
    if (shares.bands) {
      return shares.bands[status];
    }
    const from = Math.min(75, Math.floor(shares.percentages![status]! / 25) * 25);
    return { from, to: from + 25 };
  };
  return {
    suppressed: false,
    open: band('OPEN'),
    inProgress: band('IN_PROGRESS'),
    done: band('DONE'),
    notAdopted: band('NOT_ADOPTED'),
  };
}

async function latestPicture(db: Counted, viewer: Viewer) {
  // The latest two snapshots: the first is shown, the second gives the trend.
  const rows = await db.query<{
    id: string;
    published_at: string;
    publisher_name: string | null;
    note: string;
    threshold: number;
    municipality_count: number;
    contributing: CountBand | null;
    lines: StoredLine[];
  }>(
    `SELECT ps.id, ${iso('ps.published_at')} AS published_at, u.name AS publisher_name, ps.note, ps.threshold,
            ps.municipality_count, ps.contributing, ps.lines
       FROM picture_snapshots ps LEFT JOIN users u ON u.id = ps.published_by
      WHERE ps.region_id = $1
      ORDER BY ps.published_at DESC, ps.id DESC LIMIT 2`,
    [viewer.regionId],
  );
  const [latest, previous] = rows;
  if (!latest) {
    return { latestPicture: null };
  }
  const before = new Map((previous?.lines ?? []).map((line) => [line.themeId, line.municipalities]));
  return {
    latestPicture: {
      id: latest.id,
      publishedAt: latest.published_at,
      publishedByName: latest.publisher_name,
      note: latest.note,
      threshold: latest.threshold,
      municipalityCount: latest.municipality_count,
      contributingCount: shownContributingCount(latest.contributing),
      comparedWithPublishedAt: previous?.published_at ?? null,
      lines: latest.lines.map((line) => ({
        theme: { id: line.themeId, title: line.title },
        municipalities: bandView(line.municipalities),
        followUp: sharesView(line.followUp),
        trend: previous ? bandTrend(before.get(line.themeId) ?? null, line.municipalities) : null,
        learningEffect: toLearningEffectView(line.learningEffect),
      })),
    },
  };
}

const OPERATIONS: Record<
  string,
  (db: Counted, viewer: Viewer, variables: Record<string, unknown>, requestId: string) => Promise<unknown>
> = {
  Sessions: sessions,
  Recommendations: recommendations,
  LatestPicture: latestPicture,
};

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface RawEndpoint {
  /** `http://127.0.0.1:<port>/raw`; POST `${url}/<Operation>`. */
  url: string;
  /** Statements run since the last reset (BEGIN and COMMIT included, as TypeORM's logger counts them). */
  statements: () => number;
  resetStatements: () => void;
  stop: () => Promise<void>;
}

/** The app's own session lookup on this connection, its statements counted: the yardstick differs in its queries only. */
const sessionsOn = (db: Counted) =>
  new SessionService(
    { query: (sql: string, params?: unknown[]) => db.query(sql, params) } as Pick<DataSource, 'query'>,
    BENCH_SESSION_SETTINGS,
  );

export async function startRawEndpoint(options: { databaseUrl: string; poolSize?: number }): Promise<RawEndpoint> {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
  let statements = 0;
  const counted = (client: PoolClient): Counted => ({
    query: async <R extends QueryResultRow>(sql: string, params: unknown[] = []) => {
      statements += 1;
      return (await client.query<R>(sql, params)).rows;
    },
  });

  const answer = async (operation: string, token: string | null, variables: Record<string, unknown>) => {
    const run = OPERATIONS[operation];
    if (!run) {
      throw new HttpError(404, 'unknown operation');
    }
    if (!token) {
      throw new HttpError(401, 'not logged in');
    }
    const client = await pool.connect();
    const db = counted(client);
    try {
      const viewer = await sessionsOn(db).resolve(token);
      if (!viewer) {
        throw new HttpError(401, 'not logged in');
      }
      await db.query('BEGIN');
      try {
        await db.query(`SELECT set_config('app.session_token', $1, true)`, [viewer.sessionToken]);
        const data = await run(db, viewer, variables, randomUUID());
        await db.query('COMMIT');
        return data;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      client.release();
    }
  };

  const server = http.createServer((req, res) => {
    const operation = /^\/raw\/(\w+)$/.exec(req.url ?? '')?.[1];
    readBody(req)
      .then((body) => {
        if (req.method !== 'POST' || !operation) {
          throw new HttpError(404, 'not found');
        }
        const { variables } = JSON.parse(body || '{}') as { variables?: Record<string, unknown> };
        return answer(operation, readCookie(req, SESSION_COOKIE) ?? null, variables ?? {});
      })
      .then(
        (data) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data }));
        },
        (error: unknown) => {
          const status = error instanceof HttpError ? error.status : 500;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
        },
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/raw`,
    statements: () => statements,
    resetStatements: () => {
      statements = 0;
    },
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await pool.end();
    },
  };
}
