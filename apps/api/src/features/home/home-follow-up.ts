import type { EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Viewer } from '../../access/viewer';
import type { AuditEntry } from '../audit/audit.service';
import { HOME_LIST_LIMIT, named } from './home-sql';
import type { HomeFollowUp, HomeRecommendation } from './home.types';

/** "Due soon" looks this many days ahead, today included. */
export const DUE_SOON_DAYS = 14;

interface Row extends HomeRecommendation {
  kind: 'DUE_SOON' | 'OVERDUE' | 'COUNTS';
  total: number;
  open: number;
  inProgress: number;
  done: number;
  notAdopted: number;
}

/**
 * Follow-up that needs attention, in one statement under FOLLOW_UP_PROGRESS: the own
 * municipality's recommendations for coordinators, the assigned ones for owners (never another
 * municipality's, in SQL by the scope and again by row-level security). Dates are Amsterdam days,
 * like `isOverdue` in the shared package. Returns the audit entry of what it read: one LIST entry
 * for the own municipality (the scope never reaches another).
 */
export async function followUpItems(
  tx: EntityManager,
  viewer: Viewer,
): Promise<{ followUp: HomeFollowUp | null; audit: AuditEntry[] }> {
  const scope = scopeSql(viewer, Permission.FOLLOW_UP_PROGRESS, 'r', { user: 'owner_user_id' });
  if (!can(viewer, Permission.FOLLOW_UP_PROGRESS)) {
    return { followUp: null, audit: [] };
  }
  const rows = await named<Row[]>(
    tx,
    `WITH today AS (SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date AS d),
     scoped AS (
       SELECT r.*, CASE WHEN r.status NOT IN ('OPEN','IN_PROGRESS') OR r.due_date IS NULL THEN NULL
                        WHEN r.due_date < today.d THEN 'OVERDUE'
                        WHEN r.due_date < today.d + CAST(:days AS integer) THEN 'DUE_SOON' END AS kind
         FROM recommendations r CROSS JOIN today WHERE ${scope.sql}),
     listed AS (
       SELECT s.*, count(*) OVER (PARTITION BY s.kind)::int AS total,
              row_number() OVER (PARTITION BY s.kind ORDER BY s.due_date, s.created_at DESC, s.id) AS n
         FROM scoped s WHERE s.kind IS NOT NULL)
     SELECT kind, id, title, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", status,
            total, 0 AS open, 0 AS "inProgress", 0 AS done, 0 AS "notAdopted"
       FROM listed WHERE n <= :limit
     UNION ALL
     SELECT 'COUNTS', NULL, NULL, NULL, NULL, count(*)::int,
            count(*) FILTER (WHERE status = 'OPEN')::int, count(*) FILTER (WHERE status = 'IN_PROGRESS')::int,
            count(*) FILTER (WHERE status = 'DONE')::int, count(*) FILTER (WHERE status = 'NOT_ADOPTED')::int
       FROM scoped
     ORDER BY 1, 4, 2`,
    { ...scope.params, days: DUE_SOON_DAYS, limit: HOME_LIST_LIMIT },
  );
  const of = (kind: Row['kind']) => rows.filter((row) => row.kind === kind);
  const pick = ({ id, title, dueDate, status }: Row): HomeRecommendation => ({ id, title, dueDate, status });
  const counts = of('COUNTS')[0];
  const dueSoon = of('DUE_SOON');
  const overdue = of('OVERDUE');
  return {
    followUp: {
      dueSoon: dueSoon.map(pick),
      dueSoonTotal: dueSoon[0]?.total ?? 0,
      overdue: overdue.map(pick),
      overdueTotal: overdue[0]?.total ?? 0,
      open: counts?.open ?? 0,
      inProgress: counts?.inProgress ?? 0,
      done: counts?.done ?? 0,
      notAdopted: counts?.notAdopted ?? 0,
    },
    // The counts read the municipality's follow-up too: one entry even when no item is listed.
    audit:
      counts && counts.total > 0 && viewer.municipalityId
        ? [
            {
              municipalityId: viewer.municipalityId,
              action: 'LIST',
              entity: 'recommendation',
              details: { count: dueSoon.length + overdue.length },
            },
          ]
        : [],
  };
}
