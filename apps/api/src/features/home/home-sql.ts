import type { EntityManager } from 'typeorm';
import type { SqlFilter } from '../../access/scope';
import type { HomeSession } from './home.types';

/** How many items a home list shows; the page links to the full list for the rest. */
export const HOME_LIST_LIMIT = 5;

/** Runs SQL with named parameters (`:name`), as the scope filters hand them out. */
export function named<T>(tx: EntityManager, sql: string, params: Record<string, unknown>): Promise<T> {
  const [text, values] = tx.connection.driver.escapeQueryWithParameters(sql, params);
  return tx.query<T>(text, values);
}

/** Combines scope filters into one set of parameters (they share names only when they share values). */
export function paramsOf(...filters: SqlFilter[]): Record<string, unknown> {
  return Object.assign({}, ...filters.map((f) => f.params)) as Record<string, unknown>;
}

/** The columns of a `HomeSession` for a session `s`, with SESSION_JOINS. */
export const SESSION_COLUMNS = `s.id, a.title, s.starts_at AS "startsAt", s.registration_deadline AS "registrationDeadline",
  s.status, s.capacity, seats.confirmed, seats.waitlisted`;

/** The activity and the seat counts of a session `s`, counted per row in the same statement. */
export const SESSION_JOINS = `JOIN learning_activities a ON a.id = s.activity_id
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE x.status = 'CONFIRMED')::int AS confirmed,
           count(*) FILTER (WHERE x.status = 'WAITLISTED')::int AS waitlisted
      FROM registrations x WHERE x.session_id = s.id) seats`;

export const toSession = (row: HomeSession): HomeSession => ({
  id: row.id,
  title: row.title,
  startsAt: row.startsAt,
  registrationDeadline: row.registrationDeadline,
  status: row.status,
  capacity: row.capacity,
  confirmed: row.confirmed,
  waitlisted: row.waitlisted,
});
