import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning → follow-up in the regional picture (issue 10): when an analyst previews or publishes the
 * picture, it compares, per theme, the follow-up of municipalities that took part in the theme's
 * learning with that of the others. Taking part includes membership of a published peer group, which
 * only members and programme staff may read (migration PeerLearning). This definer function gives
 * analysts of the region the members of published groups, per track, for that aggregate only: the
 * picture service reads it inside the one SQL statement that aggregates, so no membership leaves the
 * database, and every other role gets no rows.
 */
export class LearningEffect1764900007000 implements MigrationInterface {
  name = 'LearningEffect1764900007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION rd_published_peer_members() RETURNS TABLE (track_id uuid, municipality_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT DISTINCT m.track_id, m.municipality_id
          FROM peer_group_members m
          JOIN peer_groups g ON g.id = m.group_id
          JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
         WHERE m.region_id = rd_region_id() AND rd_role() = 'RIEC_ANALYST'
      $$`);
    await q.query(`ALTER FUNCTION rd_published_peer_members() OWNER TO rode_draad_definer`);
    await q.query(`REVOKE ALL ON FUNCTION rd_published_peer_members() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION rd_published_peer_members() TO rode_draad_app, rode_draad_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION rd_published_peer_members()`);
  }
}
