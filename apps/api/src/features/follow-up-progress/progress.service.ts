import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import { positional, type SqlFilter } from '../../access/scope';
import type { Acting } from '../../access/viewer';
import { ForbiddenError } from '../../common/errors';
import type { FollowUpStatus } from '../recommendations/recommendation.entity';
import type {
  FollowUpProgress,
  ProgressFilter,
  ProgressGroup,
  RecommendationBrief,
  RescanComparison,
  RescanMatchKind,
  StatusCounts,
} from './progress.types';

const ZONE = `'Europe/Amsterdam'`;

/** The count columns every query below selects, over rows with `status` and `overdue`. */
const COUNTS = `count(*) FILTER (WHERE status = 'OPEN')::int AS open,
  count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS in_progress,
  count(*) FILTER (WHERE status = 'DONE')::int AS done,
  count(*) FILTER (WHERE status = 'NOT_ADOPTED')::int AS not_adopted,
  count(*) FILTER (WHERE overdue)::int AS overdue,
  count(*)::int AS total`;

interface CountRow {
  open: number;
  in_progress: number;
  done: number;
  not_adopted: number;
  overdue: number;
  total: number;
}

const counts = (r: CountRow): StatusCounts => ({
  open: r.open,
  inProgress: r.in_progress,
  done: r.done,
  notAdopted: r.not_adopted,
  overdue: r.overdue,
  total: r.total,
});

/**
 * The own municipality's follow-up over time, computed in SQL (a handful of statements whatever the
 * number of recommendations): month by month, the status and overdue state of each recommendation
 * rebuilt from its timeline; current counts by facet and theme; and the baseline scan against the
 * latest re-scan. Coordinators only, scoped to their municipality, audited as one read.
 *
 * The state at a moment is the last timeline change before it; before the first change, that
 * change's "from" value; without any change, the stored value. A recommendation counts from its
 * scan's date on.
 */
export class ProgressService {
  constructor(private readonly db: DataSource) {}

  async overview(acting: Acting, filter: ProgressFilter): Promise<FollowUpProgress> {
    return runConfidential(this.db, acting, Permission.FOLLOW_UP_OVERVIEW, async ({ tx, scope, audit }) => {
      const municipalityId = acting.viewer.municipalityId;
      if (!municipalityId) {
        throw new ForbiddenError();
      }
      const recScope = scope('r');
      const [series, byFacet, byTheme, rescan] = [
        await this.series(tx, recScope, filter),
        await this.groups(tx, recScope, 'facet'),
        await this.groups(tx, recScope, 'theme'),
        await this.rescan(tx, scope('s'), recScope),
      ];
      await audit([{ municipalityId, action: 'READ', entity: 'follow_up_progress', entityId: null }]);
      return { series, byFacet, byTheme, rescan };
    });
  }

  private async series(tx: EntityManager, recScope: SqlFilter, filter: ProgressFilter) {
    const base: unknown[] = [filter.months ?? 24, filter.facetId ?? null, filter.themeId ?? null];
    const where = positional(recScope, base.length);
    const rows = await tx.query<(CountRow & { month: string })[]>(
      `WITH months AS (
         SELECT to_char(m, 'YYYY-MM-DD') AS month,
                least((m + interval '1 month') AT TIME ZONE ${ZONE}, now()) AS as_of
           FROM generate_series(date_trunc('month', now() AT TIME ZONE ${ZONE}) - ($1::int - 1) * interval '1 month',
                                date_trunc('month', now() AT TIME ZONE ${ZONE}), interval '1 month') AS m
       ), recs AS (
         SELECT r.id, r.status, r.due_date, s.scan_date
           FROM recommendations r JOIN scans s ON s.id = r.scan_id
          WHERE ${where.sql}
            AND ($2::uuid IS NULL OR r.facet_id = $2)
            AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM recommendation_themes rt
                                              WHERE rt.recommendation_id = r.id AND rt.theme_id = $3))
       ), states AS (
         SELECT mo.month, mo.as_of,
                coalesce(sb.status, sa.status, r.status) AS status,
                CASE WHEN db.found THEN db.due WHEN da.found THEN da.due ELSE r.due_date END AS due
           FROM months mo
           JOIN recs r ON (r.scan_date::timestamp AT TIME ZONE ${ZONE}) < mo.as_of
           LEFT JOIN LATERAL (SELECT e.to_status AS status FROM recommendation_events e
                               WHERE e.recommendation_id = r.id AND e.kind = 'STATUS' AND e.at < mo.as_of
                               ORDER BY e.at DESC, e.id DESC LIMIT 1) sb ON true
           LEFT JOIN LATERAL (SELECT e.from_status AS status FROM recommendation_events e
                               WHERE e.recommendation_id = r.id AND e.kind = 'STATUS' AND e.at >= mo.as_of
                               ORDER BY e.at, e.id LIMIT 1) sa ON true
           LEFT JOIN LATERAL (SELECT true AS found, e.to_due_date AS due FROM recommendation_events e
                               WHERE e.recommendation_id = r.id AND e.kind = 'DUE_DATE' AND e.at < mo.as_of
                               ORDER BY e.at DESC, e.id DESC LIMIT 1) db ON true
           LEFT JOIN LATERAL (SELECT true AS found, e.from_due_date AS due FROM recommendation_events e
                               WHERE e.recommendation_id = r.id AND e.kind = 'DUE_DATE' AND e.at >= mo.as_of
                               ORDER BY e.at, e.id LIMIT 1) da ON true
       )
       SELECT mo.month, ${COUNTS.replace(/count\(\*\)/g, 'count(st.status)')}
         FROM months mo
         LEFT JOIN (SELECT month, status,
                           status IN ('OPEN', 'IN_PROGRESS') AND due < (as_of AT TIME ZONE ${ZONE})::date AS overdue
                      FROM states) st ON st.month = mo.month
        GROUP BY mo.month ORDER BY mo.month`,
      [...base, ...where.params],
    );
    return rows.map((r) => ({ month: r.month, counts: counts(r) }));
  }

  private async groups(tx: EntityManager, recScope: SqlFilter, by: 'facet' | 'theme'): Promise<ProgressGroup[]> {
    const where = positional(recScope, 0);
    const join =
      by === 'facet'
        ? `JOIN facets g ON g.id = r.facet_id`
        : `JOIN recommendation_themes rt ON rt.recommendation_id = r.id JOIN themes g ON g.id = rt.theme_id`;
    const name = by === 'facet' ? 'g.name' : 'g.title';
    const rows = await tx.query<(CountRow & { id: string; name: string })[]>(
      `SELECT id, name, ${COUNTS}
         FROM (SELECT g.id, ${name} AS name, r.status,
                      r.status IN ('OPEN', 'IN_PROGRESS') AND r.due_date < (now() AT TIME ZONE ${ZONE})::date AS overdue
                 FROM recommendations r ${join}
                WHERE ${where.sql}) x
        GROUP BY id, name ORDER BY lower(name), id`,
      where.params,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, counts: counts(r) }));
  }

  /**
   * The baseline is the municipality's earliest BASELINE scan (or earliest scan); the re-scan its latest
   * RESCAN dated after it. A re-scan recommendation carries over the baseline one its analyst linked
   * (`carried_over_from_id`); one without a link is matched to a not yet matched baseline
   * recommendation with the same title (case and outer spaces ignored).
   */
  private async rescan(tx: EntityManager, scanScope: SqlFilter, recScope: SqlFilter): Promise<RescanComparison | null> {
    const scans = positional(scanScope, 0);
    const [pair] = await tx.query<
      { baseline_id: string; baseline_date: string; rescan_id: string; rescan_date: string }[]
    >(
      `WITH own AS (SELECT s.id, s.kind, s.scan_date FROM scans s WHERE ${scans.sql}),
            baseline AS (SELECT * FROM own ORDER BY (kind = 'BASELINE') DESC, scan_date, id LIMIT 1)
       SELECT b.id AS baseline_id, to_char(b.scan_date, 'YYYY-MM-DD') AS baseline_date,
              r.id AS rescan_id, to_char(r.scan_date, 'YYYY-MM-DD') AS rescan_date
         FROM baseline b
         JOIN LATERAL (SELECT * FROM own WHERE kind = 'RESCAN' AND scan_date > b.scan_date
                        ORDER BY scan_date DESC, id LIMIT 1) r ON true`,
      scans.params,
    );
    if (!pair) {
      return null;
    }
    const where = positional(recScope, 2);
    const rows = await tx.query<
      {
        side: 'MATCH' | 'CLOSED' | 'NEW';
        matched_by: RescanMatchKind | null;
        b_id: string | null;
        b_reference: string | null;
        b_title: string | null;
        b_status: FollowUpStatus | null;
        n_id: string | null;
        n_reference: string | null;
        n_title: string | null;
        n_status: FollowUpStatus | null;
      }[]
    >(
      `WITH b AS (SELECT r.id, r.reference, r.title, r.status FROM recommendations r WHERE r.scan_id = $1 AND ${where.sql}),
            n AS (SELECT r.id, r.reference, r.title, r.status, r.carried_over_from_id
                    FROM recommendations r WHERE r.scan_id = $2 AND ${where.sql}),
            linked AS (SELECT n.id AS n_id, n.carried_over_from_id AS b_id, 'LINK' AS matched_by
                         FROM n WHERE n.carried_over_from_id IN (SELECT id FROM b)),
            titled AS (SELECT DISTINCT ON (b.id) n.id AS n_id, b.id AS b_id, 'TITLE' AS matched_by
                         FROM n JOIN b ON lower(btrim(n.title)) = lower(btrim(b.title))
                        WHERE n.carried_over_from_id IS NULL AND b.id NOT IN (SELECT b_id FROM linked)
                        ORDER BY b.id, n.id),
            matches AS (SELECT * FROM linked
                        UNION ALL
                        SELECT DISTINCT ON (n_id) * FROM titled ORDER BY n_id, b_id)
       SELECT CASE WHEN m.n_id IS NOT NULL AND b.id IS NOT NULL THEN 'MATCH' WHEN b.id IS NOT NULL THEN 'CLOSED'
                   ELSE 'NEW' END AS side,
              m.matched_by, b.id AS b_id, b.reference AS b_reference, b.title AS b_title, b.status AS b_status,
              n.id AS n_id, n.reference AS n_reference, n.title AS n_title, n.status AS n_status
         FROM matches m
         FULL JOIN b ON b.id = m.b_id
         FULL JOIN n ON n.id = m.n_id
        ORDER BY coalesce(b.reference, n.reference) NULLS LAST, lower(coalesce(b.title, n.title)), coalesce(b.id, n.id)`,
      [pair.baseline_id, pair.rescan_id, ...where.params],
    );
    const brief = (
      id: string,
      reference: string | null,
      title: string,
      status: FollowUpStatus,
    ): RecommendationBrief => ({
      id,
      reference,
      title,
      status,
    });
    const result: RescanComparison = {
      baselineScanId: pair.baseline_id,
      baselineDate: pair.baseline_date,
      rescanId: pair.rescan_id,
      rescanDate: pair.rescan_date,
      carriedOver: [],
      closed: [],
      new: [],
    };
    for (const r of rows) {
      if (r.side === 'MATCH') {
        result.carriedOver.push({
          baseline: brief(r.b_id!, r.b_reference, r.b_title!, r.b_status!),
          rescan: brief(r.n_id!, r.n_reference, r.n_title!, r.n_status!),
          matchedBy: r.matched_by!,
        });
      } else if (r.side === 'CLOSED') {
        result.closed.push(brief(r.b_id!, r.b_reference, r.b_title!, r.b_status!));
      } else {
        result.new.push(brief(r.n_id!, r.n_reference, r.n_title!, r.n_status!));
      }
    }
    return result;
  }
}
