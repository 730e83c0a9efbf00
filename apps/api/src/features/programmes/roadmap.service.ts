import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { AMSTERDAM_YEAR, toActivity } from '../activities/activity.service';
import { LearningActivityEntity } from '../activities/activity.entity';
import type { CountBand } from '../picture/picture.types';
import type { Theme } from '../themes/theme.types';
import type { ProgrammeService } from './programme.service';
import type { ActivityRef, ProgrammeBuilder, Roadmap, RoadmapRow, ThemeProgramme } from './roadmap.types';

const THEME_COLUMNS = `t.id, t.title, t.description, t.year_identified AS "yearIdentified", t.active, t.version,
  t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;
const AMSTERDAM_QUARTER = (column: string) => `extract(quarter FROM ${column} AT TIME ZONE 'Europe/Amsterdam')::int`;

interface CellRow extends Theme {
  year: number;
  quarter: number | null;
  activity_count: number;
  session_count: number;
  activities: ActivityRef[] | null;
  track_count: number;
  tracks: ActivityRef[] | null;
}

/**
 * The programme seen per theme: roadmap, programme builder and a theme's trace. Each answer is a
 * fixed number of statements, computed in SQL, whatever the number of themes, years and sessions.
 */
export class RoadmapService {
  constructor(
    private readonly db: DataSource,
    private readonly programmes: ProgrammeService,
  ) {}

  async roadmap(regionId: string, programmeId: string, byQuarter: boolean): Promise<Roadmap> {
    const programme = await this.programmes.byId(regionId, programmeId);
    // Items: an activity counts in its planned year/quarter, and in every year/quarter it has a session.
    // A peer-learning track counts in every year (quarter) its period overlaps: tracks are offer too.
    const rows = await this.db.query<CellRow[]>(
      `WITH themes_shown AS (
         SELECT ${THEME_COLUMNS} FROM themes t
          WHERE t.region_id = $1
            AND (t.active OR EXISTS (SELECT 1 FROM activity_themes at JOIN learning_activities a ON a.id = at.activity_id
                                      WHERE at.theme_id = t.id AND a.programme_id = $2)
                 OR EXISTS (SELECT 1 FROM peer_track_themes tt JOIN peer_tracks pt ON pt.id = tt.track_id
                             WHERE tt.theme_id = t.id AND pt.programme_id = $2))
       ), items AS (
         SELECT at.theme_id, a.id AS activity_id, a.title, a.planned_year AS year, a.planned_quarter AS quarter, NULL::uuid AS session_id
           FROM learning_activities a JOIN activity_themes at ON at.activity_id = a.id
          WHERE a.programme_id = $2 AND a.planned_year IS NOT NULL
         UNION ALL
         SELECT at.theme_id, a.id, a.title, ${AMSTERDAM_YEAR('s.starts_at')}, ${AMSTERDAM_QUARTER('s.starts_at')}, s.id
           FROM sessions s JOIN learning_activities a ON a.id = s.activity_id JOIN activity_themes at ON at.activity_id = a.id
          WHERE a.programme_id = $2 AND s.status <> 'CANCELLED'
       ), cells AS (
         SELECT y AS year, q AS quarter,
                CASE WHEN q IS NULL THEN make_date(y, 1, 1) ELSE make_date(y, 3 * q - 2, 1) END AS first_day,
                CASE WHEN q IS NULL THEN make_date(y + 1, 1, 1) ELSE (make_date(y, 3 * q - 2, 1) + interval '3 months')::date END AS next_day
           FROM generate_series($3::int, $4::int) y CROSS JOIN unnest($5::int[]) q
       ), track_cells AS (
         -- By quarter, the column of activities planned in the year without a quarter has no tracks.
         SELECT tt.theme_id, c.year, c.quarter, count(*)::int AS track_count,
                jsonb_agg(jsonb_build_object('id', pt.id, 'title', pt.title) ORDER BY lower(pt.title), pt.id) AS tracks
           FROM peer_tracks pt JOIN peer_track_themes tt ON tt.track_id = pt.id
           JOIN cells c ON (c.quarter IS NOT NULL) = $6 AND pt.starts_on < c.next_day AND pt.ends_on >= c.first_day
          WHERE pt.programme_id = $2
          GROUP BY tt.theme_id, c.year, c.quarter
       )
       SELECT th.*, c.year, c.quarter,
              count(DISTINCT i.activity_id)::int AS activity_count,
              count(DISTINCT i.session_id)::int AS session_count,
              jsonb_agg(DISTINCT jsonb_build_object('id', i.activity_id, 'title', i.title)) FILTER (WHERE i.activity_id IS NOT NULL) AS activities,
              coalesce(max(tc.track_count), 0) AS track_count, (array_agg(tc.tracks))[1] AS tracks
         FROM themes_shown th CROSS JOIN cells c
         LEFT JOIN items i ON i.theme_id = th.id AND i.year = c.year AND (NOT $6 OR i.quarter IS NOT DISTINCT FROM c.quarter)
         LEFT JOIN track_cells tc ON tc.theme_id = th.id AND tc.year = c.year AND tc.quarter IS NOT DISTINCT FROM c.quarter
        GROUP BY th.id, th.title, th.description, th."yearIdentified", th.active, th.version, th."createdAt", th."updatedAt", c.year, c.quarter
        ORDER BY lower(th.title), th.id, c.year, c.quarter NULLS LAST`,
      [
        regionId,
        programme.id,
        programme.startYear,
        programme.endYear,
        byQuarter ? [1, 2, 3, 4, null] : [null],
        byQuarter,
      ],
    );
    const byTheme = new Map<string, RoadmapRow>();
    for (const {
      year,
      quarter,
      activity_count: activityCount,
      session_count: sessionCount,
      activities,
      track_count: trackCount,
      tracks,
      ...theme
    } of rows) {
      const row = byTheme.get(theme.id) ?? { theme, cells: [], gapYears: [] };
      byTheme.set(theme.id, row);
      const refs = (activities ?? []).sort((a, b) => a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id));
      row.cells.push({
        year,
        quarter,
        activityCount,
        sessionCount,
        activities: refs,
        trackCount,
        tracks: tracks ?? [],
        gap: activityCount === 0 && trackCount === 0,
      });
    }
    const years = Array.from(
      { length: programme.endYear - programme.startYear + 1 },
      (_, i) => programme.startYear + i,
    );
    for (const row of byTheme.values()) {
      row.gapYears = years.filter((year) => row.cells.every((cell) => cell.year !== year || cell.gap));
    }
    return { programme, years, byQuarter, rows: [...byTheme.values()] };
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
