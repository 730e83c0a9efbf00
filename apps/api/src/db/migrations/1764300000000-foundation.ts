import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regions, municipalities, users, sessions and login throttling, plus the application role.
 * The app connects as a member of `rode_draad_app`, which owns nothing, so row-level security
 * on confidential tables (added by later migrations) applies to it.
 */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rode_draad_app') THEN
          CREATE ROLE rode_draad_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO rode_draad_app`);
    await q.query(`
      CREATE TABLE regions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        cbs_code text NOT NULL UNIQUE CHECK (cbs_code ~ '^GM[0-9]{4}$'),
        UNIQUE (region_id, name)
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        role text NOT NULL CHECK (role IN ('ADMIN','PROGRAMME_STAFF','RIEC_ANALYST','MUNICIPAL_COORDINATOR','PARTICIPANT')),
        region_id uuid NOT NULL REFERENCES regions(id) ON DELETE RESTRICT,
        municipality_id uuid REFERENCES municipalities(id) ON DELETE RESTRICT,
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl','en')),
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_municipality_matches_role CHECK (
          (role IN ('MUNICIPAL_COORDINATOR','PARTICIPANT')) = (municipality_id IS NOT NULL)
        )
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_municipality_idx ON users (municipality_id)`);
    await q.query(`CREATE INDEX users_name_idx ON users (lower(name))`);
    await q.query(`
      CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX user_sessions_user_idx ON user_sessions (user_id)`);
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await q.query(`
      GRANT SELECT ON regions, municipalities TO rode_draad_app;
      GRANT SELECT, INSERT, UPDATE ON users TO rode_draad_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON user_sessions, login_throttle TO rode_draad_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle, user_sessions, users, municipalities, regions`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM rode_draad_app`);
  }
}
