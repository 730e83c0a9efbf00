import type { DataSource } from 'typeorm';
import { BadInputError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PageInput } from '../../common/paging';
import { requireRegionId } from '../../common/region-scope';
import { toActivity } from '../activities/activity.service';
import { LearningActivityEntity } from '../activities/activity.entity';
import type { CountBand } from '../picture/picture.types';
import type { Theme } from '../themes/theme.types';
import type { ProgrammeService } from './programme.service';
import type {
  ActivityRef,
  ProgrammeBuilder,
  Roadmap,
  RoadmapCellContent,
  RoadmapRow,
  ThemeProgramme,
} from './roadmap.types';

const THEME_COLUMNS = `t.id, t.title, t.description, t.year_identified AS "yearIdentified", t.active, t.version,
  t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

interface ThemeCountsRow extends Theme {
  activity_counts: number[];
  session_counts: number[];
  track_counts: number[];
}

/**
 * The periods of the roadmap as date ranges: every year, or every quarter plus, per year, the
 * "quarter open" column (q null) for activities planned in the year without a quarter.
 * Parameters: $3 first year, $4 last year, $5 the quarters (int[], null for the whole year or the open column).
 */
const CELLS = `SELECT row_number() OVER (ORDER BY y, q NULLS LAST)::int AS p, y AS year, q AS quarter,
         CASE WHEN q IS NULL THEN make_date(y, 1, 1) ELSE make_date(y, 3 * q - 2, 1) END AS first_day,
         CASE WHEN q IS NULL THEN make_date(y + 1, 1, 1) ELSE (make_date(y, 3 * q - 2, 1) + interval '3 months')::date END AS next_day
    FROM generate_series($3::int, $4::int) y CROSS JOIN unnest($5::int[]) q`;

/**
 * The programme seen per theme: roadmap, programme builder and a theme's trace. Each answer is a
 * fixed number of statements, computed in SQL, whatever the number of themes, years and sessions.
 */
export class RoadmapService {
  constructor(
    private readonly db: DataSource,
    private readonly programmes: ProgrammeService,
  ) {}

  /**
   * Counts per theme and period only: the lists behind a cell come from cell(), when it is opened.
   * At national scale listing every activity in every cell made megabytes.
   */
  async roadmap(regionId: string, programmeId: string, byQuarter: boolean): Promise<Roadmap> {
    const programme = await this.programmes.byId(regionId, programmeId);
    // Null is the whole year, or by quarter the "quarter open" column after the four quarters.
    const quarters = byQuarter ? [1, 2, 3, 4, null] : [null];
    // An activity counts in its planned year/quarter, and in every year/quarter it has a session.
    // Sessions are counted per activity and period first, so the join with the themes works on
    // one row per activity and period instead of one per session.
    // A peer-learning track counts in every year (quarter) its period overlaps: tracks are offer too.
    const rows = await this.db.query<ThemeCountsRow[]>(
      `WITH current_version AS (
         SELECT version FROM roadmap_versions WHERE region_id = $1
       ), cached AS (
         -- Counts kept from an earlier answer, if nothing they count has changed since (see the
         -- RoadmapCountCache migration for how every change gives the region a new version).
         SELECT c.counts FROM roadmap_count_cache c JOIN current_version v ON v.version = c.version
          WHERE c.programme_id = $2 AND c.by_quarter = $6 AND c.first_year = $3 AND c.last_year = $4
       ), themes_shown AS (
         SELECT ${THEME_COLUMNS} FROM themes t
          WHERE t.region_id = $1
            AND (t.active OR EXISTS (SELECT 1 FROM activity_themes at JOIN learning_activities a ON a.id = at.activity_id
                                      WHERE at.theme_id = t.id AND a.programme_id = $2)
                 OR EXISTS (SELECT 1 FROM peer_track_themes tt JOIN peer_tracks pt ON pt.id = tt.track_id
                             WHERE tt.theme_id = t.id AND pt.programme_id = $2))
       ), cells AS (${CELLS}
       ), bounds AS (
         -- The boundaries of the periods sessions fall in, as instants: a session finds its period by a
         -- binary search (width_bucket) instead of a time-zone conversion per session. By quarter, the
         -- "quarter open" columns are left out: a session always has a quarter.
         SELECT array_agg(first_day::timestamp AT TIME ZONE 'Europe/Amsterdam' ORDER BY first_day)
                  || (max(next_day)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS b,
                array_agg(p ORDER BY first_day) AS ps
           FROM cells WHERE (quarter IS NOT NULL) = $6
       ), activity_periods AS (
         -- Each activity in its planned period and in the period of each session, counted in one
         -- aggregation over period numbers (p) rather than (year, quarter) pairs with nulls.
         SELECT activity_id, p, count(session)::int AS sessions
           FROM (SELECT a.id AS activity_id, c.p, NULL::int AS session
                   FROM learning_activities a
                   JOIN cells c ON c.year = a.planned_year
                               AND c.quarter IS NOT DISTINCT FROM (CASE WHEN $6 THEN a.planned_quarter END)
                  WHERE a.programme_id = $2 AND a.region_id = $1
                 UNION ALL
                 SELECT s.activity_id, bounds.ps[width_bucket(s.starts_at, bounds.b)], 1
                   FROM sessions s CROSS JOIN bounds
                  -- The region too, though the activities imply it: the (region, start) index then reads
                  -- only this region's sessions of the period instead of the whole country's.
                  WHERE s.region_id = $1
                    AND s.activity_id IN (SELECT a.id FROM learning_activities a WHERE a.programme_id = $2 AND a.region_id = $1)
                    AND s.status <> 'CANCELLED' AND s.starts_at >= bounds.b[1] AND s.starts_at < bounds.b[cardinality(bounds.b)]) x
          GROUP BY activity_id, p
       ), computed AS (
         -- Only without cached counts: the condition is a constant, so the counting is not run at all.
         -- "theme:period" → [activities, sessions], for the (theme, period) pairs that have any.
         SELECT jsonb_object_agg(theme_id::text || ':' || p, jsonb_build_array(activity_count, session_count)) AS counts
           FROM (SELECT at.theme_id, ap.p, count(*)::int AS activity_count, sum(ap.sessions)::int AS session_count
                   FROM activity_periods ap JOIN activity_themes at ON at.activity_id = ap.activity_id
                  GROUP BY at.theme_id, ap.p) item_counts
          WHERE NOT EXISTS (SELECT 1 FROM cached)
       ), counts AS (
         -- Expanded once: looking each cell up in the document would detoast it per cell.
         SELECT e.key, (e.value ->> 0)::int AS activity_count, (e.value ->> 1)::int AS session_count
           FROM jsonb_each(coalesce((SELECT counts FROM cached), (SELECT counts FROM computed), '{}')) e
       ), stored AS (
         -- Keeps the counts with the version read in this statement, so counts computed just before a
         -- change are stored with the version before it and never used.
         INSERT INTO roadmap_count_cache (programme_id, by_quarter, version, first_year, last_year, counts)
         SELECT $2, $6, v.version, $3, $4, coalesce(computed.counts, '{}') FROM computed, current_version v
          WHERE NOT EXISTS (SELECT 1 FROM cached)
         ON CONFLICT (programme_id, by_quarter) DO UPDATE
           SET version = excluded.version, first_year = excluded.first_year, last_year = excluded.last_year,
               counts = excluded.counts
       ), track_counts AS (
         -- By quarter, the column of activities planned in the year without a quarter has no tracks.
         SELECT tt.theme_id, c.p, count(*)::int AS track_count
           FROM peer_tracks pt JOIN peer_track_themes tt ON tt.track_id = pt.id
           JOIN cells c ON (c.quarter IS NOT NULL) = $6 AND pt.starts_on < c.next_day AND pt.ends_on >= c.first_day
          WHERE pt.programme_id = $2 AND pt.region_id = $1
          GROUP BY tt.theme_id, c.p
       )
       -- One row per theme with its counts as lists in period order (year, quarter, "quarter open" last),
       -- rather than the theme repeated on every cell.
       SELECT th.*,
              array_agg(coalesce(ic.activity_count, 0) ORDER BY c.p) AS activity_counts,
              array_agg(coalesce(ic.session_count, 0) ORDER BY c.p) AS session_counts,
              array_agg(coalesce(tc.track_count, 0) ORDER BY c.p) AS track_counts
         FROM themes_shown th CROSS JOIN cells c
         LEFT JOIN counts ic ON ic.key = th.id::text || ':' || c.p
         LEFT JOIN track_counts tc ON tc.theme_id = th.id AND tc.p = c.p
        GROUP BY th.id, th.title, th.description, th."yearIdentified", th.active, th.version, th."createdAt", th."updatedAt"
        ORDER BY lower(th.title), th.id`,
      [regionId, programme.id, programme.startYear, programme.endYear, quarters, byQuarter],
    );
    const years = Array.from(
      { length: programme.endYear - programme.startYear + 1 },
      (_, i) => programme.startYear + i,
    );
    // The order the SQL aggregates the counts in.
    const periods = years.flatMap((year) => quarters.map((quarter) => ({ year, quarter })));
    const roadmapRows: RoadmapRow[] = rows.map(
      ({ activity_counts: activityCounts, session_counts: sessionCounts, track_counts: trackCounts, ...theme }) => ({
        theme,
        activityCounts,
        sessionCounts,
        trackCounts,
        gapYears: years.filter((year) =>
          periods.every((period, i) => period.year !== year || activityCounts[i]! + trackCounts[i]! === 0),
        ),
      }),
    );
    return { programme, years, byQuarter, periods, rows: roadmapRows };
  }

  /**
   * One cell of the roadmap: the activities and tracks its counts stand for, by the same rules.
   * By quarter, `quarter` null is the "quarter open" column; by year it must be null.
   */
  async cell(
    regionId: string,
    programmeId: string,
    themeId: string,
    period: { year: number; quarter: number | null; byQuarter: boolean },
    page: PageInput,
  ): Promise<RoadmapCellContent> {
    const programme = await this.programmes.byId(regionId, programmeId);
    const { year, quarter, byQuarter } = period;
    const problems: FieldProblem[] = [];
    if (year < programme.startYear || year > programme.endYear) {
      problems.push({ field: 'year', reason: 'OUTSIDE_PROGRAMME_PERIOD' });
    }
    if (quarter !== null && (!byQuarter || quarter < 1 || quarter > 4)) {
      problems.push({ field: 'quarter', reason: 'OUT_OF_RANGE' });
    }
    if (problems.length > 0) {
      throw new BadInputError('Not a cell of the roadmap.', problems);
    }
    // The theme, the page with its total and the tracks in one statement. Sessions are found by
    // their start between the period's Amsterdam midnights, so the (activity_id, starts_at) index fits.
    const [row] = await this.db.query<
      { theme_found: boolean; total: number; items: ActivityRef[] | null; tracks: ActivityRef[] | null }[]
    >(
      `WITH theme AS (
         SELECT t.id FROM themes t WHERE t.id = $6 AND t.region_id = $1
       ), cells AS (${CELLS}
       ), cell AS (
         -- The "quarter open" column (by quarter, q null) holds planned activities only: no sessions, no tracks.
         SELECT quarter, first_day, next_day,
                first_day::timestamp AT TIME ZONE 'Europe/Amsterdam' AS starts_from,
                next_day::timestamp AT TIME ZONE 'Europe/Amsterdam' AS starts_before
           FROM cells
       ), activities AS (
         SELECT a.id, a.title
           FROM learning_activities a JOIN activity_themes at ON at.activity_id = a.id JOIN theme ON theme.id = at.theme_id
          CROSS JOIN cell
          WHERE a.programme_id = $2 AND a.region_id = $1
            AND ((a.planned_year = $3 AND (NOT $7 OR a.planned_quarter IS NOT DISTINCT FROM cell.quarter))
                 OR (cell.quarter IS NOT NULL OR NOT $7) AND EXISTS (
                      SELECT 1 FROM sessions s
                       WHERE s.activity_id = a.id AND s.status <> 'CANCELLED'
                         AND s.starts_at >= cell.starts_from AND s.starts_at < cell.starts_before))
       )
       SELECT EXISTS (SELECT 1 FROM theme) AS theme_found,
              (SELECT count(*)::int FROM activities) AS total,
              (SELECT json_agg(json_build_object('id', p.id, 'title', p.title) ORDER BY lower(p.title), p.id)
                 FROM (SELECT id, title FROM activities ORDER BY lower(title), id OFFSET $8 LIMIT $9) p) AS items,
              (SELECT json_agg(json_build_object('id', pt.id, 'title', pt.title) ORDER BY lower(pt.title), pt.id)
                 FROM peer_tracks pt JOIN peer_track_themes tt ON tt.track_id = pt.id JOIN theme ON theme.id = tt.theme_id
                 CROSS JOIN cell
                WHERE pt.programme_id = $2 AND pt.region_id = $1 AND (cell.quarter IS NOT NULL OR NOT $7)
                  AND pt.starts_on < cell.next_day AND pt.ends_on >= cell.first_day) AS tracks`,
      [regionId, programme.id, year, year, [quarter], themeId, byQuarter, page.offset, page.limit],
    );
    if (!row?.theme_found) {
      throw new NotFoundError('Theme');
    }
    return { activities: { items: row.items ?? [], total: row.total }, tracks: row.tracks ?? [] };
  }

  /**
   * The region's active themes ranked by how widespread they are in the latest published picture
   * (its disclosure-controlled band: "more than n − k" above any exact count, "fewer than k" below),
   * with what the programme offers on each.
   */
  async builder(regionId: string, programmeId: string): Promise<ProgrammeBuilder> {
    const programme = await this.programmes.byId(regionId, programmeId);
    const rows = await this.db.query<
      (Theme & {
        band: { kind: CountBand['kind']; value?: number; bound?: number } | null;
        published_at: Date | null;
        weight: string | null;
        activity_count: number;
        next_session_id: string | null;
      })[]
    >(
      `WITH latest AS (
         SELECT published_at, lines FROM picture_snapshots WHERE region_id = $1 ORDER BY published_at DESC, id DESC LIMIT 1
       ), lines AS (
         SELECT l->>'themeId' AS theme_id, l->'municipalities' AS band FROM latest, jsonb_array_elements(latest.lines) l
       )
       SELECT ${THEME_COLUMNS}, l.band, (SELECT published_at FROM latest) AS published_at,
              CASE l.band->>'kind'
                WHEN 'MORE_THAN' THEN (l.band->>'bound')::numeric + 0.5
                WHEN 'EXACT' THEN (l.band->>'value')::numeric
                WHEN 'FEWER_THAN' THEN (l.band->>'bound')::numeric - 0.5
              END AS weight,
              (SELECT count(*)::int FROM activity_themes at JOIN learning_activities a ON a.id = at.activity_id
                WHERE at.theme_id = t.id AND a.programme_id = $2) AS activity_count,
              (SELECT s.id FROM sessions s JOIN activity_themes at ON at.activity_id = s.activity_id
                 JOIN learning_activities a ON a.id = s.activity_id
                WHERE at.theme_id = t.id AND a.programme_id = $2 AND s.status <> 'CANCELLED' AND s.starts_at > now()
                ORDER BY s.starts_at, s.id LIMIT 1) AS next_session_id
         FROM themes t LEFT JOIN lines l ON l.theme_id = t.id::text
        WHERE t.region_id = $1 AND t.active
        ORDER BY weight DESC NULLS LAST, lower(t.title), t.id`,
      [requireRegionId(regionId), programme.id],
    );
    return {
      programme,
      snapshotPublishedAt: rows[0]?.published_at ?? null,
      themes: rows.map((row, i) => ({
        theme: {
          id: row.id,
          title: row.title,
          description: row.description,
          yearIdentified: row.yearIdentified,
          active: row.active,
          version: row.version,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        },
        rank: i + 1,
        municipalities: row.band
          ? { kind: row.band.kind, value: row.band.value ?? null, bound: row.band.bound ?? null }
          : null,
        activityCount: row.activity_count,
        nextSessionId: row.next_session_id,
      })),
    };
  }

  /** A theme with all activities on it, over the region's programmes; sessions come per activity by loader. */
  async themeProgramme(regionId: string, themeId: string): Promise<ThemeProgramme> {
    const [theme] = isUuid(themeId)
      ? await this.db.query<Theme[]>(`SELECT ${THEME_COLUMNS} FROM themes t WHERE t.id = $1 AND t.region_id = $2`, [
          themeId,
          requireRegionId(regionId),
        ])
      : [];
    if (!theme) {
      throw new NotFoundError('Theme');
    }
    const activities = await this.db
      .getRepository(LearningActivityEntity)
      .createQueryBuilder('a')
      .where('a.region_id = :regionId', { regionId })
      .andWhere('EXISTS (SELECT 1 FROM activity_themes at WHERE at.activity_id = a.id AND at.theme_id = :themeId)', {
        themeId,
      })
      .orderBy('a.planned_year', 'ASC', 'NULLS LAST')
      .addOrderBy('a.planned_quarter', 'ASC', 'NULLS LAST')
      .addOrderBy('lower(a.title)', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return { theme, activities: activities.map(toActivity) };
  }
}
