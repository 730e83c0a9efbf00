import type { EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';

/**
 * Where the viewer stands with one session of their region: what materials, the session's .ics
 * (its online link) and certificates of attendance are decided on. The same rule as `Session.onlineUrl`:
 * programme staff, and whoever holds a confirmed seat (attendance is only recorded on those).
 */
export interface SessionStanding {
  sessionId: string;
  regionId: string;
  /** Plans the programme (PROGRAMME_PLAN): manages materials, sees every online link. */
  staff: boolean;
  /** The viewer's own registration is confirmed. */
  confirmed: boolean;
  /** The viewer's own attendance was recorded as present. */
  attended: boolean;
}

/** The viewer's standing, or NOT_FOUND for an id that is not a session of their region (as `session(id)`). */
export async function sessionStanding(db: Pick<EntityManager, 'query'>, viewer: Viewer, sessionId: string) {
  const [row] = isUuid(sessionId)
    ? await db.query<{ id: string; region_id: string; status: string | null; attended: boolean | null }[]>(
        `SELECT s.id, s.region_id, r.status, r.attended
           FROM sessions s
           LEFT JOIN registrations r ON r.session_id = s.id AND r.user_id = $3 AND r.status = 'CONFIRMED'
          WHERE s.id = $1 AND s.region_id = $2`,
        [sessionId, requireRegionId(viewer.regionId), viewer.userId],
      )
    : [];
  if (!row) {
    throw new NotFoundError('Session');
  }
  return {
    sessionId: row.id,
    regionId: row.region_id,
    staff: can(viewer, Permission.PROGRAMME_PLAN),
    confirmed: row.status === 'CONFIRMED',
    attended: row.attended === true,
  } satisfies SessionStanding;
}

/** Materials are for programme staff and confirmed registrants; everyone else is told nothing exists. */
export const mayReadMaterials = (standing: SessionStanding): boolean => standing.staff || standing.confirmed;
