import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The theme page lists a track's number of published groups beside its activities (issue 9,
 * "the theme page and roadmap count tracks"). Groups are visible to their members and staff only,
 * so the count comes from a definer function, like `rd_peer_enrolment_count`: the number of groups
 * of the track's published proposal in the viewer's region, NULL before publication. Which
 * municipalities are in them never leaves the function; the service withholds the number from
 * everyone but staff while the enrolment count is banded, since groups × 2 would reveal it.
 */
export class PeerTrackOffer1764900004200 implements MigrationInterface {
  name = 'PeerTrackOffer1764900004200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION rd_peer_published_group_count(p_track uuid) RETURNS integer
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT (SELECT count(*)::integer FROM peer_groups g WHERE g.proposal_id = p.id)
          FROM peer_proposals p
         WHERE p.track_id = p_track AND p.status = 'PUBLISHED' AND p.region_id = rd_region_id()
      $$`);
    await q.query(`ALTER FUNCTION rd_peer_published_group_count(uuid) OWNER TO rode_draad_definer`);
    await q.query(`REVOKE ALL ON FUNCTION rd_peer_published_group_count(uuid) FROM PUBLIC`);
    await q.query(
      `GRANT EXECUTE ON FUNCTION rd_peer_published_group_count(uuid) TO rode_draad_app, rode_draad_definer`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION rd_peer_published_group_count(uuid)`);
  }
}
