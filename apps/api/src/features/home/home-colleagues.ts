import type { EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Viewer } from '../../access/viewer';
import { HOME_LIST_LIMIT, named, SESSION_COLUMNS, SESSION_JOINS, toSession } from './home-sql';
import type { HomeColleagueRegistration, HomeSession } from './home.types';

interface Row extends HomeSession {
  registrationId: string;
  personName: string;
  registrationStatus: string;
}

/**
 * Colleagues of the own municipality registered for upcoming sessions (the viewer's own
 * registrations are on their own list), soonest first; REGISTRATION_COLLEAGUES' scope in SQL.
 */
export async function colleagueRegistrations(
  tx: EntityManager,
  viewer: Viewer,
): Promise<HomeColleagueRegistration[] | null> {
  const scope = scopeSql(viewer, Permission.REGISTRATION_COLLEAGUES, 'rr');
  if (!can(viewer, Permission.REGISTRATION_COLLEAGUES)) {
    return null;
  }
  const rows = await named<Row[]>(
    tx,
    `WITH rr AS (
       SELECT r.id, r.session_id, r.user_id, r.status, r.municipality_id, s.region_id
         FROM registrations r JOIN sessions s ON s.id = r.session_id
        WHERE r.status IN ('CONFIRMED','WAITLISTED') AND s.status NOT IN ('CANCELLED','DRAFT') AND s.starts_at > now())
     SELECT rr.id AS "registrationId", u.name AS "personName", rr.status AS "registrationStatus", ${SESSION_COLUMNS}
       FROM rr JOIN users u ON u.id = rr.user_id JOIN sessions s ON s.id = rr.session_id ${SESSION_JOINS}
      WHERE ${scope.sql} AND rr.user_id <> :viewerId
      ORDER BY s.starts_at, lower(u.name), rr.id
      LIMIT :limit`,
    { ...scope.params, viewerId: viewer.userId, limit: HOME_LIST_LIMIT * 2 },
  );
  return rows.map((row) => ({
    id: row.registrationId,
    personName: row.personName,
    status: row.registrationStatus,
    session: toSession(row),
  }));
}
