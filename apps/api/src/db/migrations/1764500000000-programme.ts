import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVITY_FORMATS = [
  'WORKSHOP',
  'MASTERCLASS',
  'INTERVISIE',
  'SITE_VISIT',
  'TABLETOP_EXERCISE',
  'E_LEARNING',
  'KNOWLEDGE_SESSION',
];
const TARGET_AUDIENCES = [
  'BIBOB_ADVISOR',
  'ENFORCEMENT_OFFICER',
  'LICENSING_OFFICER',
  'ADMINISTRATOR',
  'COUNCIL_MEMBER',
  'POLICY_ADVISOR',
  'OTHER',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * The learning programme: programmes → learning activities (on themes) → sessions, with venues and
 * facilitators. Not confidential: no row-level security. Double booking of a venue or a facilitator
 * is impossible by exclusion constraints on the session's time range; `session_facilitators` carries
 * a copy of the session's range and cancelled flag (kept in sync by triggers) so its constraint can
 * see them. Composite foreign keys keep every row in the region of its parent.
 */
export class Programme1764500000000 implements MigrationInterface {
  name = 'Programme1764500000000';

  async up(q: QueryRunner): Promise<void> {
    // Trusted extension (PostgreSQL 13+): gist operator classes for uuid "=" in exclusion constraints.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        start_year integer NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
        end_year integer NOT NULL CHECK (end_year BETWEEN 2000 AND 2100),
        goals text NOT NULL DEFAULT '' CHECK (length(goals) <= 10000),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','ACTIVE','CLOSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programmes_period CHECK (end_year >= start_year AND end_year - start_year < 20),
        UNIQUE (id, region_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX programmes_region_name_key ON programmes (region_id, lower(name))`);

    await q.query(`
      CREATE TABLE learning_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        format text NOT NULL CHECK (format IN (${list(ACTIVITY_FORMATS)})),
        learning_goals text NOT NULL DEFAULT '' CHECK (length(learning_goals) <= 5000),
        target_audiences text[] NOT NULL DEFAULT '{}' CHECK (target_audiences <@ ARRAY[${list(TARGET_AUDIENCES)}]::text[]),
        planned_year integer CHECK (planned_year BETWEEN 2000 AND 2100),
        planned_quarter integer CHECK (planned_quarter BETWEEN 1 AND 4),
        owner_user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT learning_activities_quarter_needs_year CHECK (planned_quarter IS NULL OR planned_year IS NOT NULL),
        FOREIGN KEY (programme_id, region_id) REFERENCES programmes (id, region_id),
        UNIQUE (id, region_id)
      )`);
    await q.query(`CREATE INDEX learning_activities_programme_idx ON learning_activities (programme_id, planned_year)`);
    await q.query(`CREATE INDEX learning_activities_region_idx ON learning_activities (region_id)`);
    await q.query(`
      CREATE TABLE activity_themes (
        activity_id uuid NOT NULL REFERENCES learning_activities(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id),
        PRIMARY KEY (activity_id, theme_id)
      )`);
    await q.query(`CREATE INDEX activity_themes_theme_idx ON activity_themes (theme_id)`);

    await q.query(`
      CREATE TABLE venues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        address text NOT NULL DEFAULT '' CHECK (length(address) <= 500),
        room text NOT NULL DEFAULT '' CHECK (length(room) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id, region_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX venues_region_name_room_key ON venues (region_id, lower(name), lower(room))`);
    await q.query(`
      CREATE TABLE facilitators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        organisation text NOT NULL DEFAULT '' CHECK (length(organisation) <= 200),
        email text CHECK (email IS NULL OR length(email) <= 254),
        user_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX facilitators_region_idx ON facilitators (region_id, lower(name))`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        activity_id uuid NOT NULL,
        series_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED,
        venue_id uuid,
        online_url text CHECK (online_url IS NULL OR length(online_url) BETWEEN 1 AND 2000),
        host_municipality_id uuid REFERENCES municipalities(id),
        capacity integer NOT NULL CHECK (capacity > 0),
        registration_deadline timestamptz NOT NULL,
        max_per_municipality integer CHECK (max_per_municipality > 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','FULL','CANCELLED','COMPLETED')),
        show_participant_names boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        sequence integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sessions_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT sessions_deadline_before_start CHECK (registration_deadline <= starts_at),
        CONSTRAINT sessions_place CHECK (venue_id IS NOT NULL OR online_url IS NOT NULL),
        FOREIGN KEY (activity_id, region_id) REFERENCES learning_activities (id, region_id),
        FOREIGN KEY (venue_id, region_id) REFERENCES venues (id, region_id),
        CONSTRAINT sessions_venue_no_overlap EXCLUDE USING gist (venue_id WITH =, during WITH &&)
          WHERE (venue_id IS NOT NULL AND status <> 'CANCELLED')
      )`);
    await q.query(`CREATE INDEX sessions_activity_idx ON sessions (activity_id, starts_at)`);
    await q.query(`CREATE INDEX sessions_region_idx ON sessions (region_id, starts_at)`);
    await q.query(`CREATE INDEX sessions_during_idx ON sessions USING gist (region_id, during)`);
    await q.query(`CREATE INDEX sessions_series_idx ON sessions (series_id) WHERE series_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE session_facilitators (
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        facilitator_id uuid NOT NULL REFERENCES facilitators(id),
        during tstzrange NOT NULL,
        cancelled boolean NOT NULL,
        PRIMARY KEY (session_id, facilitator_id),
        CONSTRAINT session_facilitators_no_overlap EXCLUDE USING gist (facilitator_id WITH =, during WITH &&)
          WHERE (NOT cancelled)
      )`);

    // The calendar's SEQUENCE (RFC 5545) grows on every change of time, place or status; version on every edit.
    await q.query(`
      CREATE FUNCTION sessions_before_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.starts_at, NEW.ends_at, NEW.venue_id, NEW.online_url, NEW.status)
           IS DISTINCT FROM (OLD.starts_at, OLD.ends_at, OLD.venue_id, OLD.online_url, OLD.status) THEN
          NEW.sequence := OLD.sequence + 1;
        END IF;
        NEW.updated_at := now();
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER sessions_before_update BEFORE UPDATE ON sessions
                   FOR EACH ROW EXECUTE FUNCTION sessions_before_update()`);
    // The facilitator rows copy the session's range and cancelled flag, whatever the app writes.
    await q.query(`
      CREATE FUNCTION session_facilitators_copy_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s.during, s.status = 'CANCELLED' INTO NEW.during, NEW.cancelled FROM sessions s WHERE s.id = NEW.session_id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER session_facilitators_copy_session BEFORE INSERT OR UPDATE ON session_facilitators
                   FOR EACH ROW EXECUTE FUNCTION session_facilitators_copy_session()`);
    await q.query(`
      CREATE FUNCTION sessions_sync_facilitators() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE session_facilitators SET during = NEW.during WHERE session_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER sessions_sync_facilitators AFTER UPDATE OF starts_at, ends_at, status ON sessions
                   FOR EACH ROW WHEN ((OLD.starts_at, OLD.ends_at, OLD.status) IS DISTINCT FROM (NEW.starts_at, NEW.ends_at, NEW.status))
                   EXECUTE FUNCTION sessions_sync_facilitators()`);

    await q.query(`
      GRANT SELECT, INSERT, UPDATE ON programmes, learning_activities, venues, facilitators, sessions TO rode_draad_app;
      GRANT SELECT, INSERT, DELETE ON activity_themes TO rode_draad_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON session_facilitators TO rode_draad_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE session_facilitators, sessions, facilitators, venues, activity_themes, learning_activities, programmes`,
    );
    await q.query(
      `DROP FUNCTION sessions_before_update(), session_facilitators_copy_session(), sessions_sync_facilitators()`,
    );
    // btree_gist stays: other features may use it, and it holds no data.
  }
}
