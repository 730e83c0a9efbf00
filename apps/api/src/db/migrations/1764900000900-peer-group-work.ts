import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLE = '(SELECT rd_role())';
const PEER_GROUPS = `(SELECT rd_system_purpose()) = 'peer-groups'`;

/** Tables the `peer-groups` system purpose reads (reminders, nudges): groups, members, meetings, contacts. */
const SYSTEM_READ = [
  'peer_groups',
  'peer_proposals',
  'peer_group_members',
  'peer_group_meetings',
  'peer_enrolment_contacts',
];

/** Tables the definer functions below read, beyond those PeerLearning already granted. */
const DEFINER_READ = ['peer_group_meetings', 'peer_enrolment_contacts', 'peer_group_evaluations'];

/**
 * Groups at work (peer-learning tracks, issue 9): the tables exist since PeerLearning; this adds what
 * reads them outside a member's or staff's own session.
 *
 * - The system purpose `peer-groups` (access/system-access.ts): the weekly nudge and the meeting
 *   reminders read groups, members, meetings and contact persons of every municipality; nothing else,
 *   never logs or evaluations, and audited as SYSTEM.
 * - `rd_peer_feed_meetings(token)`: the meetings of a calendar feed. Feeds are fetched without a
 *   login; the function takes the feed's secret token itself (as `rd_viewer` takes the session's), so
 *   the application role cannot ask for another feed's meetings by naming a user. USER feeds show the
 *   meetings of the owner's municipality's published groups when the owner is a coordinator or one of
 *   the enrolment's contact persons; MUNICIPALITY feeds when the owner is still that municipality's
 *   coordinator; PROGRAMME feeds never.
 * - `rd_peer_evaluation_counts(track)`: staff see how many members answered per group before the
 *   window closes (row-level security hides the answers themselves until then), never who.
 * - `rd_peer_history()`: the viewer's municipality's groups of published proposals, the current and
 *   the replaced (superseded) ones, with partners: its peer-learning history.
 */
export class PeerGroupWork1764900000900 implements MigrationInterface {
  name = 'PeerGroupWork1764900000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE system_tokens DROP CONSTRAINT system_tokens_purpose_check`);
    await q.query(`ALTER TABLE system_tokens ADD CONSTRAINT system_tokens_purpose_check
                   CHECK (purpose IN ('follow-up-reminders', 'peer-groups'))`);
    for (const table of SYSTEM_READ) {
      await q.query(`CREATE POLICY ${table}_system_read ON ${table} FOR SELECT USING (${PEER_GROUPS})`);
    }
    await q.query(`
      CREATE POLICY audit_log_system_append_peer_groups ON audit_log FOR INSERT WITH CHECK (
        ${PEER_GROUPS} AND actor_user_id IS NULL AND actor_role = 'SYSTEM' AND actor_municipality_id IS NULL)`);

    await q.query(`GRANT SELECT ON ${DEFINER_READ.join(', ')}, calendar_feeds, municipalities TO rode_draad_definer`);
    for (const table of DEFINER_READ) {
      await q.query(`CREATE POLICY ${table}_definer ON ${table} FOR SELECT TO rode_draad_definer USING (true)`);
    }
    await q.query(`
      CREATE FUNCTION rd_peer_feed_meetings(p_token text)
        RETURNS TABLE (id uuid, kind text, starts_at timestamptz, ends_at timestamptz, location text, online_url text,
                       status text, sequence integer, updated_at timestamptz, track_title text, host_name text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        WITH feed AS (
          SELECT f.scope, f.municipality_id AS feed_municipality_id, u.id AS user_id, u.role, u.region_id,
                 u.municipality_id
            FROM calendar_feeds f JOIN users u ON u.id = f.user_id AND u.disabled_at IS NULL
           WHERE f.token_hash = encode(sha256(convert_to(p_token, 'UTF8')), 'hex') AND f.revoked_at IS NULL
        )
        SELECT mt.id, mt.kind, mt.starts_at, mt.ends_at, mt.location, mt.online_url, mt.status, mt.sequence,
               mt.updated_at, t.title, h.name
          FROM feed
          JOIN peer_group_members m ON m.municipality_id = feed.municipality_id AND m.region_id = feed.region_id
          JOIN peer_groups g ON g.id = m.group_id
          JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
          JOIN peer_tracks t ON t.id = g.track_id
          JOIN peer_group_meetings mt ON mt.group_id = g.id
          LEFT JOIN municipalities h ON h.id = mt.host_municipality_id
         WHERE mt.ends_at > now() - interval '1 year'
           AND ((feed.scope = 'MUNICIPALITY' AND feed.role = 'MUNICIPAL_COORDINATOR'
                 AND feed.feed_municipality_id = feed.municipality_id)
             OR (feed.scope = 'USER' AND (feed.role = 'MUNICIPAL_COORDINATOR'
                 OR (feed.role = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM peer_enrolment_contacts c
                      WHERE c.enrolment_id = m.enrolment_id AND c.user_id = feed.user_id)))))
         ORDER BY mt.starts_at, mt.id
      $$`);
    await q.query(`
      CREATE FUNCTION rd_peer_evaluation_counts(p_track uuid) RETURNS TABLE (group_id uuid, responses integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT e.group_id, count(*)::integer FROM peer_group_evaluations e
         WHERE e.track_id = p_track AND e.region_id = rd_region_id() AND rd_role() = 'PROGRAMME_STAFF'
         GROUP BY e.group_id
      $$`);
    await q.query(`
      CREATE FUNCTION rd_peer_history()
        RETURNS TABLE (track_id uuid, group_id uuid, current boolean, partner_id uuid, published_at timestamptz)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT g.track_id, g.id, p.status = 'PUBLISHED', theirs.municipality_id, p.published_at
          FROM peer_group_members mine
          JOIN peer_groups g ON g.id = mine.group_id AND g.region_id = rd_region_id()
          JOIN peer_proposals p ON p.id = g.proposal_id AND p.status IN ('PUBLISHED', 'SUPERSEDED')
          JOIN peer_group_members theirs ON theirs.group_id = g.id AND theirs.municipality_id <> mine.municipality_id
         WHERE mine.municipality_id = rd_municipality_id()
           AND ${ROLE} IN ('MUNICIPAL_COORDINATOR', 'PARTICIPANT')
      $$`);
    for (const fn of ['rd_peer_feed_meetings(text)', 'rd_peer_evaluation_counts(uuid)', 'rd_peer_history()']) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO rode_draad_definer`);
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO rode_draad_app, rode_draad_definer`);
    }
    // The host of a meeting is one of the group's members, whoever writes the row.
    await q.query(`
      CREATE FUNCTION peer_group_meetings_host_is_member() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        IF NEW.host_municipality_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM peer_group_members m
             WHERE m.group_id = NEW.group_id AND m.municipality_id = NEW.host_municipality_id) THEN
          RAISE EXCEPTION 'the host of a meeting is a member of the group' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'peer_group_meetings_host_is_member';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`ALTER FUNCTION peer_group_meetings_host_is_member() OWNER TO rode_draad_definer`);
    await q.query(`CREATE TRIGGER peer_group_meetings_host_is_member BEFORE INSERT OR UPDATE ON peer_group_meetings
                   FOR EACH ROW EXECUTE FUNCTION peer_group_meetings_host_is_member()`);
    await q.query(`CREATE INDEX peer_group_evaluations_group_idx ON peer_group_evaluations (group_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX peer_group_evaluations_group_idx`);
    await q.query(`DROP TRIGGER peer_group_meetings_host_is_member ON peer_group_meetings`);
    await q.query(`DROP FUNCTION peer_group_meetings_host_is_member()`);
    await q.query(`DROP FUNCTION rd_peer_feed_meetings(text), rd_peer_evaluation_counts(uuid), rd_peer_history()`);
    for (const table of DEFINER_READ) {
      await q.query(`DROP POLICY ${table}_definer ON ${table}`);
    }
    await q.query(
      `REVOKE SELECT ON ${DEFINER_READ.join(', ')}, calendar_feeds, municipalities FROM rode_draad_definer`,
    );
    await q.query(`DROP POLICY audit_log_system_append_peer_groups ON audit_log`);
    for (const table of SYSTEM_READ) {
      await q.query(`DROP POLICY ${table}_system_read ON ${table}`);
    }
    await q.query(`DELETE FROM system_tokens WHERE purpose = 'peer-groups'`);
    await q.query(`ALTER TABLE system_tokens DROP CONSTRAINT system_tokens_purpose_check`);
    await q.query(`ALTER TABLE system_tokens ADD CONSTRAINT system_tokens_purpose_check
                   CHECK (purpose IN ('follow-up-reminders'))`);
  }
}
