import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const PEER_GROUPS = `(SELECT rd_system_purpose()) = 'peer-groups'`;

/**
 * Which nudges a group got (issue 9: "staff see per group … groups without a meeting in two months
 * get a nudge"). The nudge itself goes to the members through the outbox, which only recipients may
 * read; staff's overview needs to know that (and when) one went out, so the weekly job records one
 * row per gap it nudged. Written only by the `peer-groups` system path; read by that path and by
 * programme staff of the region, never by members or anyone else.
 */
export class PeerGroupNudges1764900008000 implements MigrationInterface {
  name = 'PeerGroupNudges1764900008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE peer_group_nudges (
        group_id uuid NOT NULL REFERENCES peer_groups(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        gap_from timestamptz NOT NULL,
        nudged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, gap_from)
      )`);
    await q.query(`ALTER TABLE peer_group_nudges ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE peer_group_nudges FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY peer_group_nudges_read ON peer_group_nudges FOR SELECT
        USING (${PEER_GROUPS} OR (region_id = ${REGION} AND ${ROLE} = 'PROGRAMME_STAFF'))`);
    await q.query(`CREATE POLICY peer_group_nudges_insert ON peer_group_nudges FOR INSERT WITH CHECK (${PEER_GROUPS})`);
    await q.query(`GRANT SELECT, INSERT ON peer_group_nudges TO rode_draad_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE peer_group_nudges`);
  }
}
