import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';

const inRegion = `region_id = ${REGION}`;
const analystInRegion = `${inRegion} AND ${ROLE} = 'RIEC_ANALYST'`;
const staffInRegion = `${inRegion} AND ${ROLE} = 'PROGRAMME_STAFF'`;

const TABLES = [
  'regional_advice',
  'regional_advice_answers',
  'regional_advice_answer_links',
  'regional_advice_answer_events',
];

/**
 * Regional advice published with a picture snapshot, the programme's answer to each piece, and the
 * learning totals of the board report (issue 13).
 *
 * - `regional_advice`: immutable with its snapshot. The app may only SELECT and INSERT, and a
 *   trigger accepts an insert only in the transaction that published the snapshot (its row's
 *   `xmin` is the current transaction): advice cannot be added to a snapshot published before.
 *   Updates and deletes are refused by a trigger even for the owner.
 * - `regional_advice_answers`: the current answer (status, explanation, version); one row per
 *   advice, written by programme staff of the region. `regional_advice_answer_links` holds its
 *   linked activities and tracks (one target per row); `regional_advice_answer_events` appends one
 *   row per change (the answer over time, with the titles of the moment), never changed.
 * - Everything is regional, not confidential: everyone of the region reads it, nobody outside.
 * - `rd_board_peer_totals`: tracks, enrolled municipalities and published groups of the viewer's
 *   region up to a moment, as totals only (enrolments and groups are behind row-level security);
 *   the service bands them under the k rule before they leave it.
 */
export class RegionalAdvice1764900006000 implements MigrationInterface {
  name = 'RegionalAdvice1764900006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE picture_snapshots ADD CONSTRAINT picture_snapshots_id_region UNIQUE (id, region_id)`);
    await q.query(`
      CREATE TABLE regional_advice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        snapshot_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 4000),
        priority text NOT NULL CHECK (priority IN ('HIGH','MEDIUM','LOW')),
        -- The themes with their titles at publication, like the snapshot's lines.
        themes jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(themes) = 'array'),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (snapshot_id, region_id) REFERENCES picture_snapshots (id, region_id),
        UNIQUE (snapshot_id, position),
        UNIQUE (id, region_id)
      )`);
    await q.query(`
      CREATE FUNCTION rd_regional_advice_with_snapshot() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          RAISE EXCEPTION 'regional advice is immutable with its snapshot' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM picture_snapshots s
                        WHERE s.id = NEW.snapshot_id AND s.xmin::text = (pg_current_xact_id()::xid)::text) THEN
          RAISE EXCEPTION 'regional advice is published with its snapshot, not afterwards'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER regional_advice_with_snapshot BEFORE INSERT OR UPDATE OR DELETE ON regional_advice
      FOR EACH ROW EXECUTE FUNCTION rd_regional_advice_with_snapshot()`);

    await q.query(`
      CREATE TABLE regional_advice_answers (
        advice_id uuid PRIMARY KEY,
        region_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('NOT_STARTED','PLANNED','UNDER_WAY','ANSWERED')),
        explanation text NOT NULL CHECK (length(btrim(explanation)) BETWEEN 1 AND 1000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (advice_id, region_id) REFERENCES regional_advice (id, region_id)
      )`);
    await q.query(`
      CREATE TABLE regional_advice_answer_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        advice_id uuid NOT NULL REFERENCES regional_advice_answers(advice_id),
        region_id uuid NOT NULL,
        activity_id uuid,
        track_id uuid,
        CONSTRAINT regional_advice_answer_links_one_target CHECK ((activity_id IS NULL) <> (track_id IS NULL)),
        FOREIGN KEY (activity_id, region_id) REFERENCES learning_activities (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (track_id, region_id) REFERENCES peer_tracks (id, region_id),
        UNIQUE (advice_id, activity_id),
        UNIQUE (advice_id, track_id)
      )`);
    await q.query(`
      CREATE TABLE regional_advice_answer_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        advice_id uuid NOT NULL,
        region_id uuid NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL CHECK (status IN ('NOT_STARTED','PLANNED','UNDER_WAY','ANSWERED')),
        explanation text NOT NULL,
        -- The linked activities and tracks as they were named at the change: [{kind, id, title}].
        links jsonb NOT NULL DEFAULT '[]'::jsonb,
        actor_user_id uuid REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (advice_id, region_id) REFERENCES regional_advice (id, region_id),
        UNIQUE (advice_id, version)
      )`);

    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    const policies: [table: string, read: string, insert: string, update: string, remove: string][] = [
      ['regional_advice', inRegion, analystInRegion, 'false', 'false'],
      ['regional_advice_answers', inRegion, staffInRegion, staffInRegion, 'false'],
      ['regional_advice_answer_links', inRegion, staffInRegion, 'false', staffInRegion],
      ['regional_advice_answer_events', inRegion, `${staffInRegion} AND actor_user_id = ${USER}`, 'false', 'false'],
    ];
    for (const [table, read, insert, update, remove] of policies) {
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${insert})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${update}) WITH CHECK (${update})`);
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${remove})`);
    }
    await q.query(`
      GRANT SELECT, INSERT ON regional_advice, regional_advice_answer_events TO rode_draad_app;
      GRANT SELECT, INSERT, UPDATE ON regional_advice_answers TO rode_draad_app;
      GRANT SELECT, INSERT, DELETE ON regional_advice_answer_links TO rode_draad_app;
    `);

    await q.query(`
      CREATE FUNCTION rd_board_peer_totals(p_until timestamptz)
      RETURNS TABLE (tracks integer, municipalities integer, groups integer)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT
          (SELECT count(*)::integer FROM peer_tracks t
            WHERE t.region_id = rd_region_id() AND t.created_at <= p_until),
          (SELECT count(DISTINCT e.municipality_id)::integer FROM peer_enrolments e
            WHERE e.region_id = rd_region_id() AND e.created_at <= p_until
              AND (e.withdrawn_at IS NULL OR e.withdrawn_at > p_until)),
          (SELECT count(*)::integer FROM peer_groups g JOIN peer_proposals p ON p.id = g.proposal_id
            WHERE p.region_id = rd_region_id() AND p.status = 'PUBLISHED' AND p.published_at <= p_until)
      $$`);
    await q.query(`ALTER FUNCTION rd_board_peer_totals(timestamptz) OWNER TO rode_draad_definer`);
    await q.query(`REVOKE ALL ON FUNCTION rd_board_peer_totals(timestamptz) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION rd_board_peer_totals(timestamptz) TO rode_draad_app, rode_draad_definer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION rd_board_peer_totals(timestamptz)`);
    await q.query(`DROP TABLE regional_advice_answer_events, regional_advice_answer_links, regional_advice_answers`);
    await q.query(`DROP TABLE regional_advice`);
    await q.query(`DROP FUNCTION rd_regional_advice_with_snapshot()`);
    await q.query(`ALTER TABLE picture_snapshots DROP CONSTRAINT picture_snapshots_id_region`);
  }
}
