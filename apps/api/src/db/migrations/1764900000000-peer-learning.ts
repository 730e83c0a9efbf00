import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The viewer as the policies see it: looked up from the session secret (migration AccessLayer). */
const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const MUNICIPALITY = '(SELECT rd_municipality_id())';

const inRegion = `region_id = ${REGION}`;
const staff = `${ROLE} = 'PROGRAMME_STAFF'`;
const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND municipality_id = ${MUNICIPALITY})`;
const groupMember = (column: string) => `(SELECT rd_peer_group_visible(${column}))`;

/** Every new table, children first (the order `down` drops them in). */
const TABLES = [
  'peer_group_evaluations',
  'peer_group_log_entries',
  'peer_group_meetings',
  'peer_group_members',
  'peer_groups',
  'peer_proposals',
  'peer_enrolment_preferences',
  'peer_enrolment_contacts',
  'peer_enrolment_goals',
  'peer_enrolments',
  'peer_track_goals',
  'peer_track_themes',
  'peer_tracks',
];

/**
 * Peer-learning tracks (brief, confidentiality rule 6): staff open a track in a programme on themes
 * with ordered learning goals; coordinators enrol their municipality with declarations per goal
 * (need and share, 0–3), availability, contact persons, preferences and consent; the pairing engine's
 * proposals hold groups with their members; published groups plan meetings, keep a log and evaluate.
 *
 * Who sees what, in the database too (FORCE row-level security on every table):
 * - tracks, their themes and goals are the programme's offer, like sessions (which have no RLS):
 *   readable by anyone, so that the outbox worker, which renders without a session, can name the
 *   track; only programme staff of the region write them;
 * - an enrolment and everything in it (declarations, contacts, preferences) is seen by programme
 *   staff of the region and the own municipality's coordinators; only those coordinators write it.
 *   A published group's partners also see its contact persons (to reach them), never the rest;
 * - proposals are staff's; groups and members are staff's, and a municipality sees a group it is a
 *   member of once its proposal is published (`rd_peer_group_visible`, SECURITY DEFINER, because
 *   the answer needs other members' rows the viewer's own policies hide);
 * - meetings and log entries belong to the group (membership scope): its members and staff;
 * - an evaluation is the own municipality's; staff read them only after the track's evaluation
 *   window closed, and the service releases aggregates only under the region's k rule;
 * - counts of enrolments for everyone else come from `rd_peer_enrolment_count`, banded by the service.
 *
 * Group meetings live in their own table, not in `sessions`: sessions are the region's public offer
 * (programme lists, roadmap, the PROGRAMME calendar feed, registrations with capacity), and a
 * meeting names a group, which only its members and staff may know. Putting meetings in `sessions`
 * would mean filtering every existing session query; a separate table keeps the confidential
 * membership behind row-level security. Meetings carry what the calendar and reminders need (time,
 * place, status and an iCalendar `sequence` raised on every change of time, place or status).
 */
export class PeerLearning1764900000000 implements MigrationInterface {
  name = 'PeerLearning1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE peer_tracks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        enrolment_opens_at timestamptz NOT NULL,
        enrolment_closes_at timestamptz NOT NULL,
        group_form text NOT NULL CHECK (group_form IN ('PAIRS','PAIRS_OR_TRIOS')),
        multiple_groups_allowed boolean NOT NULL DEFAULT false,
        evaluation_closes_at timestamptz,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_tracks_period CHECK (ends_on >= starts_on),
        CONSTRAINT peer_tracks_window CHECK (enrolment_closes_at > enrolment_opens_at),
        CONSTRAINT peer_tracks_evaluation CHECK (evaluation_closes_at IS NULL OR evaluation_closes_at > enrolment_closes_at),
        FOREIGN KEY (programme_id, region_id) REFERENCES programmes (id, region_id),
        UNIQUE (id, region_id)
      )`);
    await q.query(`CREATE INDEX peer_tracks_region_idx ON peer_tracks (region_id, starts_on DESC)`);
    await q.query(`CREATE INDEX peer_tracks_programme_idx ON peer_tracks (programme_id)`);
    await q.query(`
      CREATE TABLE peer_track_themes (
        track_id uuid NOT NULL REFERENCES peer_tracks(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id),
        region_id uuid NOT NULL,
        PRIMARY KEY (track_id, theme_id)
      )`);
    await q.query(`CREATE INDEX peer_track_themes_theme_idx ON peer_track_themes (theme_id)`);
    await q.query(`
      CREATE TABLE peer_track_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track_id uuid NOT NULL REFERENCES peer_tracks(id) ON DELETE CASCADE,
        region_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        CONSTRAINT peer_track_goals_position UNIQUE (track_id, position),
        UNIQUE (id, track_id)
      )`);

    await q.query(`
      CREATE TABLE peer_enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track_id uuid NOT NULL REFERENCES peer_tracks(id),
        region_id uuid NOT NULL,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        available_months date[] NOT NULL DEFAULT '{}',
        consent_show_goals boolean NOT NULL DEFAULT false,
        withdrawn_at timestamptz,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (track_id, municipality_id),
        UNIQUE (id, track_id, municipality_id)
      )`);
    await q.query(`CREATE INDEX peer_enrolments_municipality_idx ON peer_enrolments (municipality_id)`);
    await q.query(`
      CREATE TABLE peer_enrolment_goals (
        enrolment_id uuid NOT NULL,
        track_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        region_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        need smallint NOT NULL CHECK (need BETWEEN 0 AND 3),
        share smallint NOT NULL CHECK (share BETWEEN 0 AND 3),
        PRIMARY KEY (enrolment_id, goal_id),
        FOREIGN KEY (enrolment_id, track_id, municipality_id)
          REFERENCES peer_enrolments (id, track_id, municipality_id) ON DELETE CASCADE,
        -- A declaration is always on a goal of the enrolment's own track.
        FOREIGN KEY (goal_id, track_id) REFERENCES peer_track_goals (id, track_id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE peer_enrolment_contacts (
        enrolment_id uuid NOT NULL,
        track_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        region_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        PRIMARY KEY (enrolment_id, user_id),
        FOREIGN KEY (enrolment_id, track_id, municipality_id)
          REFERENCES peer_enrolments (id, track_id, municipality_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX peer_enrolment_contacts_user_idx ON peer_enrolment_contacts (user_id)`);
    // Contact persons are colleagues of the enrolling municipality, whatever writes the row.
    await q.query(`
      CREATE FUNCTION peer_enrolment_contacts_own_municipality() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.user_id AND u.municipality_id = NEW.municipality_id
                          AND u.disabled_at IS NULL) THEN
          RAISE EXCEPTION 'a contact person belongs to the enrolling municipality' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'peer_enrolment_contacts_own_municipality';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER peer_enrolment_contacts_own_municipality BEFORE INSERT OR UPDATE ON peer_enrolment_contacts
      FOR EACH ROW EXECUTE FUNCTION peer_enrolment_contacts_own_municipality()`);
    await q.query(`
      CREATE TABLE peer_enrolment_preferences (
        enrolment_id uuid NOT NULL,
        track_id uuid NOT NULL,
        region_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        other_municipality_id uuid NOT NULL REFERENCES municipalities(id),
        kind text NOT NULL CHECK (kind IN ('PREFER','AVOID')),
        PRIMARY KEY (enrolment_id, other_municipality_id),
        CONSTRAINT peer_enrolment_preferences_other CHECK (other_municipality_id <> municipality_id),
        FOREIGN KEY (enrolment_id, track_id, municipality_id)
          REFERENCES peer_enrolments (id, track_id, municipality_id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE peer_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track_id uuid NOT NULL REFERENCES peer_tracks(id),
        region_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','SUPERSEDED')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        -- The enrolments (ids and versions) the proposal was computed from: publishing a proposal
        -- whose enrolments changed since is refused as stale.
        enrolment_fingerprint text NOT NULL,
        total integer NOT NULL,
        repeats integer NOT NULL DEFAULT 0 CHECK (repeats >= 0),
        exact boolean NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        computed_by uuid REFERENCES users(id),
        published_at timestamptz,
        published_by uuid REFERENCES users(id),
        CONSTRAINT peer_proposals_published CHECK ((status = 'DRAFT') = (published_at IS NULL)),
        UNIQUE (id, track_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX peer_proposals_one_draft ON peer_proposals (track_id) WHERE status = 'DRAFT'`);
    await q.query(
      `CREATE UNIQUE INDEX peer_proposals_one_published ON peer_proposals (track_id) WHERE status = 'PUBLISHED'`,
    );
    await q.query(`
      CREATE TABLE peer_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL,
        track_id uuid NOT NULL,
        region_id uuid NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        locked boolean NOT NULL DEFAULT false,
        score integer NOT NULL,
        bonus integer NOT NULL DEFAULT 0,
        repeats integer NOT NULL DEFAULT 0 CHECK (repeats >= 0),
        -- The engine's explanation: learning lines per goal (learner, from, points) and the cost of
        -- breaking the group. Staff see all of it; members only the consented goals, never points.
        explanation jsonb NOT NULL DEFAULT '{"learning": [], "costOfBreaking": null}'
          CHECK (jsonb_typeof(explanation) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (proposal_id, track_id) REFERENCES peer_proposals (id, track_id) ON DELETE CASCADE,
        UNIQUE (id, track_id)
      )`);
    await q.query(`CREATE INDEX peer_groups_proposal_idx ON peer_groups (proposal_id, position)`);
    await q.query(`
      CREATE TABLE peer_group_members (
        group_id uuid NOT NULL,
        track_id uuid NOT NULL,
        municipality_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        region_id uuid NOT NULL,
        PRIMARY KEY (group_id, municipality_id),
        FOREIGN KEY (group_id, track_id) REFERENCES peer_groups (id, track_id) ON DELETE CASCADE,
        FOREIGN KEY (enrolment_id, track_id, municipality_id) REFERENCES peer_enrolments (id, track_id, municipality_id)
      )`);
    await q.query(`CREATE INDEX peer_group_members_municipality_idx ON peer_group_members (municipality_id, track_id)`);

    await q.query(`
      CREATE TABLE peer_group_meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES peer_groups(id),
        region_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SITE_VISIT','INTERVISIE','OTHER')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text NOT NULL DEFAULT '' CHECK (length(location) <= 500),
        online_url text CHECK (online_url IS NULL OR length(online_url) BETWEEN 1 AND 2000),
        host_municipality_id uuid REFERENCES municipalities(id),
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','HELD','CANCELLED')),
        sequence integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_group_meetings_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX peer_group_meetings_group_idx ON peer_group_meetings (group_id, starts_at)`);
    // The calendar's SEQUENCE (RFC 5545), as for sessions.
    await q.query(`
      CREATE FUNCTION peer_group_meetings_before_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.starts_at, NEW.ends_at, NEW.location, NEW.online_url, NEW.status)
           IS DISTINCT FROM (OLD.starts_at, OLD.ends_at, OLD.location, OLD.online_url, OLD.status) THEN
          NEW.sequence := OLD.sequence + 1;
        END IF;
        NEW.updated_at := now();
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER peer_group_meetings_before_update BEFORE UPDATE ON peer_group_meetings
                   FOR EACH ROW EXECUTE FUNCTION peer_group_meetings_before_update()`);
    await q.query(`
      CREATE TABLE peer_group_log_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES peer_group_meetings(id),
        group_id uuid NOT NULL REFERENCES peer_groups(id),
        region_id uuid NOT NULL,
        author_user_id uuid NOT NULL REFERENCES users(id),
        author_municipality_id uuid NOT NULL REFERENCES municipalities(id),
        discussed text NOT NULL DEFAULT '' CHECK (length(discussed) <= 5000),
        agreed text NOT NULL DEFAULT '' CHECK (length(agreed) <= 5000),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX peer_group_log_entries_group_idx ON peer_group_log_entries (group_id, created_at)`);
    await q.query(`CREATE INDEX peer_group_log_entries_meeting_idx ON peer_group_log_entries (meeting_id)`);
    await q.query(`
      CREATE TABLE peer_group_evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES peer_groups(id),
        track_id uuid NOT NULL REFERENCES peer_tracks(id),
        region_id uuid NOT NULL,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        user_id uuid NOT NULL REFERENCES users(id),
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (group_id, municipality_id)
      )`);
    await q.query(`CREATE INDEX peer_group_evaluations_track_idx ON peer_group_evaluations (track_id)`);

    // The definer answers "is the viewer's municipality in this published group?" and counts enrolments.
    await q.query(`GRANT SELECT ON peer_tracks, peer_proposals, peer_groups, peer_group_members, peer_enrolments
                   TO rode_draad_definer`);
    await q.query(`
      CREATE FUNCTION rd_peer_group_visible(p_group uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT EXISTS (
          SELECT 1 FROM peer_groups g
            JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
            JOIN peer_group_members m ON m.group_id = g.id
           WHERE g.id = p_group AND g.region_id = rd_region_id() AND m.municipality_id = rd_municipality_id())
      $$`);
    await q.query(`
      CREATE FUNCTION rd_peer_partner(p_track uuid, p_municipality uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT EXISTS (
          SELECT 1 FROM peer_groups g
            JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
            JOIN peer_group_members mine ON mine.group_id = g.id AND mine.municipality_id = rd_municipality_id()
            JOIN peer_group_members theirs ON theirs.group_id = g.id AND theirs.municipality_id = p_municipality
           WHERE g.track_id = p_track AND g.region_id = rd_region_id())
      $$`);
    // Active enrolments of a track of the viewer's region: for counts under the k rule only.
    await q.query(`
      CREATE FUNCTION rd_peer_enrolment_count(p_track uuid) RETURNS integer
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT count(*)::integer FROM peer_enrolments e
         WHERE e.track_id = p_track AND e.withdrawn_at IS NULL AND e.region_id = rd_region_id()
      $$`);
    for (const fn of [
      'rd_peer_group_visible(uuid)',
      'rd_peer_partner(uuid, uuid)',
      'rd_peer_enrolment_count(uuid)',
      'peer_enrolment_contacts_own_municipality()',
    ]) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO rode_draad_definer`);
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO rode_draad_app, rode_draad_definer`);
    }

    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
    for (const table of ['peer_tracks', 'peer_proposals', 'peer_groups', 'peer_group_members', 'peer_enrolments']) {
      await q.query(`CREATE POLICY ${table}_definer ON ${table} FOR SELECT TO rode_draad_definer USING (true)`);
    }

    const enrolmentRead = `${inRegion} AND (${staff} OR ${ownCoordinator})`;
    const enrolmentWrite = `${inRegion} AND ${ownCoordinator}`;
    const staffInRegion = `${inRegion} AND ${staff}`;
    const memberOrStaff = `${inRegion} AND (${staff} OR ${groupMember('group_id')})`;
    const workingMember = `${inRegion} AND ${ROLE} IN ('MUNICIPAL_COORDINATOR','PARTICIPANT') AND ${groupMember('group_id')}`;
    const policies: [table: string, read: string, insert: string, update: string, remove: string][] = [
      ['peer_tracks', 'true', staffInRegion, staffInRegion, 'false'],
      ['peer_track_themes', 'true', staffInRegion, 'false', staffInRegion],
      ['peer_track_goals', 'true', staffInRegion, staffInRegion, staffInRegion],
      ['peer_enrolments', enrolmentRead, enrolmentWrite, enrolmentWrite, 'false'],
      ['peer_enrolment_goals', enrolmentRead, enrolmentWrite, enrolmentWrite, enrolmentWrite],
      [
        'peer_enrolment_contacts',
        `${inRegion} AND (${staff} OR ${ownCoordinator} OR (SELECT rd_peer_partner(track_id, municipality_id)))`,
        enrolmentWrite,
        'false',
        enrolmentWrite,
      ],
      ['peer_enrolment_preferences', enrolmentRead, enrolmentWrite, 'false', enrolmentWrite],
      ['peer_proposals', staffInRegion, staffInRegion, staffInRegion, staffInRegion],
      [
        'peer_groups',
        `${inRegion} AND (${staff} OR ${groupMember('id')})`,
        staffInRegion,
        staffInRegion,
        staffInRegion,
      ],
      ['peer_group_members', memberOrStaff, staffInRegion, staffInRegion, staffInRegion],
      [
        'peer_group_meetings',
        memberOrStaff,
        `${staffInRegion} OR (${workingMember})`,
        `${staffInRegion} OR (${workingMember})`,
        'false',
      ],
      [
        'peer_group_log_entries',
        memberOrStaff,
        `${workingMember} AND author_user_id = ${USER} AND author_municipality_id = ${MUNICIPALITY}`,
        `${workingMember} AND author_user_id = ${USER}`,
        'false',
      ],
      [
        'peer_group_evaluations',
        `${inRegion} AND (${ownCoordinator} OR (${staff} AND EXISTS (SELECT 1 FROM peer_tracks t
           WHERE t.id = track_id AND t.evaluation_closes_at <= now())))`,
        `${inRegion} AND ${ownCoordinator} AND user_id = ${USER} AND ${groupMember('group_id')}`,
        'false',
        'false',
      ],
    ];
    for (const [table, read, insert, update, remove] of policies) {
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${insert})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${update}) WITH CHECK (${update})`);
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${remove})`);
    }

    await q.query(`
      GRANT SELECT, INSERT, UPDATE ON peer_tracks, peer_enrolments, peer_group_meetings, peer_group_log_entries
        TO rode_draad_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON peer_track_goals, peer_enrolment_goals, peer_proposals, peer_groups,
        peer_group_members TO rode_draad_app;
      GRANT SELECT, INSERT, DELETE ON peer_track_themes, peer_enrolment_contacts, peer_enrolment_preferences
        TO rode_draad_app;
      GRANT SELECT, INSERT ON peer_group_evaluations TO rode_draad_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${TABLES.join(', ')}`);
    await q.query(
      `DROP FUNCTION rd_peer_group_visible(uuid), rd_peer_partner(uuid, uuid), rd_peer_enrolment_count(uuid)`,
    );
    await q.query(`DROP FUNCTION peer_enrolment_contacts_own_municipality(), peer_group_meetings_before_update()`);
  }
}
