import type { EntityManager } from 'typeorm';
import { can } from '../../access/policy';
import { Permission } from '../../access/permissions';
import { scopeSql } from '../../access/scope';
import type { Viewer } from '../../access/viewer';
import { HOME_LIST_LIMIT, named } from './home-sql';
import type { HomeTrack } from './home.types';

/** Who the open enrolment windows concern: those who enrol, take part in groups, or run the tracks. */
const TRACK_READERS = [Permission.TRACK_ENROL, Permission.PEER_GROUP_READ, Permission.TRACK_MANAGE];

/**
 * Tracks of the viewer's region whose enrolment window is open now, closing soonest first. Tracks
 * are the programme's public offer; whether the own municipality enrolled is only answered to
 * those who may see its enrolment (TRACK_ENROL), in SQL under their scope.
 */
export async function openTracks(tx: EntityManager, viewer: Viewer): Promise<HomeTrack[] | null> {
  if (!TRACK_READERS.some((permission) => can(viewer, permission))) {
    return null;
  }
  const enrol = scopeSql(viewer, Permission.TRACK_ENROL, 'e');
  const seesEnrolment = can(viewer, Permission.TRACK_ENROL);
  const rows = await named<(HomeTrack & { enrolled: boolean })[]>(
    tx,
    `SELECT t.id, t.title, t.enrolment_closes_at AS "enrolmentClosesAt",
            EXISTS (SELECT 1 FROM peer_enrolments e
                     WHERE e.track_id = t.id AND e.withdrawn_at IS NULL AND (${enrol.sql})) AS enrolled
       FROM peer_tracks t
      WHERE t.region_id = :regionId AND t.enrolment_opens_at <= now() AND t.enrolment_closes_at > now()
      ORDER BY t.enrolment_closes_at, t.id
      LIMIT :limit`,
    { ...enrol.params, regionId: viewer.regionId, limit: HOME_LIST_LIMIT },
  );
  return rows.map((row) => ({ ...row, enrolled: seesEnrolment ? row.enrolled : null }));
}
