import type { EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Viewer } from '../../access/viewer';
import { HOME_LIST_LIMIT, named, SESSION_COLUMNS, SESSION_JOINS, toSession } from './home-sql';
import type { HomeEvaluationDue, HomeSession, HomeWaitlistEntry } from './home.types';

interface RegistrationRow extends HomeSession {
  kind: 'NEXT' | 'WAITING' | 'EVALUATE';
  position: number | null;
  closesAt: Date | null;
}

export interface PersonalItems {
  nextSessions: HomeSession[] | null;
  waitlist: HomeWaitlistEntry[] | null;
  evaluationsToGive: HomeEvaluationDue[] | null;
}

/**
 * The viewer's own registrations in one statement: confirmed upcoming sessions, places on a
 * waitlist, and attended sessions whose evaluation window is open and that the viewer has not
 * evaluated yet. Each kind is limited in SQL (a window per kind), so the row count stays small.
 */
export async function personalItems(tx: EntityManager, viewer: Viewer): Promise<PersonalItems> {
  const mayRegister = scopeSql(viewer, Permission.REGISTRATION_SELF, 'rr', { user: 'user_id' });
  const mayEvaluate = scopeSql(viewer, Permission.EVALUATION_SUBMIT, 'rr', { user: 'user_id' });
  const registers = can(viewer, Permission.REGISTRATION_SELF);
  const evaluates = can(viewer, Permission.EVALUATION_SUBMIT);
  if (!registers && !evaluates) {
    return { nextSessions: null, waitlist: null, evaluationsToGive: null };
  }
  const rows = await named<RegistrationRow[]>(
    tx,
    `WITH rr AS (
       SELECT r.*, s.region_id AS region_id FROM registrations r JOIN sessions s ON s.id = r.session_id
        WHERE r.user_id = :viewerId AND r.status <> 'CANCELLED' AND s.status <> 'CANCELLED'),
     mine AS (
       SELECT rr.session_id, rr.arrival,
              CASE WHEN (${mayRegister.sql}) AND rr.status = 'CONFIRMED' AND s.starts_at > now() THEN 'NEXT'
                   WHEN (${mayRegister.sql}) AND rr.status = 'WAITLISTED' AND s.starts_at > now() THEN 'WAITING'
                   WHEN (${mayEvaluate.sql}) AND rr.status = 'CONFIRMED' AND rr.attended AND s.ends_at <= now()
                        AND s.ends_at + s.evaluation_window_days * interval '24 hours' > now()
                        AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.session_id = rr.session_id AND e.user_id = rr.user_id)
                     THEN 'EVALUATE'
              END AS kind
         FROM rr JOIN sessions s ON s.id = rr.session_id),
     ranked AS (
       SELECT mine.*, row_number() OVER (PARTITION BY mine.kind ORDER BY s.starts_at, s.id) AS n
         FROM mine JOIN sessions s ON s.id = mine.session_id WHERE mine.kind IS NOT NULL)
     SELECT ranked.kind, ${SESSION_COLUMNS},
            CASE WHEN ranked.kind = 'WAITING' THEN
              (SELECT count(*)::int FROM registrations w
                WHERE w.session_id = s.id AND w.status = 'WAITLISTED' AND w.arrival <= ranked.arrival)
            END AS position,
            s.ends_at + s.evaluation_window_days * interval '24 hours' AS "closesAt"
       FROM ranked JOIN sessions s ON s.id = ranked.session_id ${SESSION_JOINS}
      WHERE ranked.n <= :limit
      ORDER BY s.starts_at, s.id`,
    { ...mayRegister.params, ...mayEvaluate.params, viewerId: viewer.userId, limit: HOME_LIST_LIMIT },
  );
  const of = (kind: RegistrationRow['kind']) => rows.filter((row) => row.kind === kind);
  return {
    nextSessions: registers ? of('NEXT').map(toSession) : null,
    waitlist: registers ? of('WAITING').map((row) => ({ session: toSession(row), position: row.position ?? 1 })) : null,
    evaluationsToGive: evaluates
      ? of('EVALUATE').map((row) => ({ session: toSession(row), closesAt: row.closesAt! }))
      : null,
  };
}
