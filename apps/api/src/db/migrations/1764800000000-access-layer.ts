import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The viewer as the policies see it: looked up from the session secret, never taken from a setting. */
const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const MUNICIPALITY = '(SELECT rd_municipality_id())';

const CONFIDENTIAL_TABLES = ['scans', 'recommendations', 'recommendation_status_changes', 'recommendation_themes'];

/**
 * Row-level security that an SQL injection cannot switch. Until now the policies trusted
 * transaction-local settings (`app.role`, `app.municipality_id`, ...) that any query of the app
 * role could set to whatever it liked. Now the app hands PostgreSQL only the secret of the
 * request's session cookie (`app.session_token`); `rd_viewer()`, a SECURITY DEFINER function,
 * hashes it and looks the live session and its user up, so only a real session's own viewer comes
 * out. The functions belong to `rode_draad_definer`, a role nobody logs in as.
 *
 * Also: content edits of recommendations are analysts' only in the database too (a trigger, since
 * coordinators update the same rows for follow-up); follow-up history is written by coordinators
 * only; audit entries are pinned to the session's user, role and municipality; and
 * `rd_audit_denied` records an attempt on another municipality's record in that municipality's log.
 */
export class AccessLayer1764800000000 implements MigrationInterface {
  name = 'AccessLayer1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rode_draad_definer') THEN
          CREATE ROLE rode_draad_definer NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$`);
    // The migrating owner must be able to hand the functions to the definer role.
    await q.query(`DO $$ BEGIN
        IF NOT pg_has_role(current_user, 'rode_draad_definer', 'MEMBER') THEN
          EXECUTE format('GRANT rode_draad_definer TO %I', current_user);
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO rode_draad_definer`);
    await q.query(`GRANT SELECT ON users, user_sessions, scans, recommendations TO rode_draad_definer`);
    await q.query(`GRANT INSERT ON audit_log TO rode_draad_definer`);

    // Background jobs (follow-up reminders) read confidential rows under a purpose, not as a user:
    // the process registers a random token's hash here with the owner connection; the app role
    // cannot read this table, so an SQL injection cannot learn or forge a purpose.
    await q.query(`
      CREATE TABLE system_tokens (
        token_hash text PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('follow-up-reminders')),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`GRANT SELECT ON system_tokens TO rode_draad_definer`);
    await q.query(`
      CREATE FUNCTION rd_system_purpose() RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT purpose FROM system_tokens
         WHERE token_hash = encode(sha256(convert_to(nullif(current_setting('app.system_token', true), ''), 'UTF8')), 'hex')
           AND expires_at > now()
      $$`);

    await q.query(`
      CREATE FUNCTION rd_viewer() RETURNS TABLE (user_id uuid, role text, region_id uuid, municipality_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT u.id, u.role, u.region_id, u.municipality_id
          FROM user_sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = encode(sha256(convert_to(nullif(current_setting('app.session_token', true), ''), 'UTF8')), 'hex')
           AND s.expires_at > now()
           AND u.disabled_at IS NULL
      $$`);
    for (const [name, column, type] of [
      ['rd_user_id', 'user_id', 'uuid'],
      ['rd_role', 'role', 'text'],
      ['rd_region_id', 'region_id', 'uuid'],
      ['rd_municipality_id', 'municipality_id', 'uuid'],
    ] as const) {
      await q.query(`
        CREATE FUNCTION ${name}() RETURNS ${type}
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
          SELECT ${column} FROM rd_viewer()
        $$`);
    }

    // Policies: drop the setting-based ones, recreate them on the session-derived viewer.
    for (const table of CONFIDENTIAL_TABLES) {
      for (const action of ['read', 'insert', 'update', 'delete']) {
        await q.query(`DROP POLICY ${table}_${action} ON ${table}`);
      }
    }
    await q.query(`DROP POLICY audit_log_append ON audit_log`);
    await q.query(`DROP POLICY audit_log_read ON audit_log`);

    const inRegion = `region_id = ${REGION}`;
    const analyst = `${ROLE} = 'RIEC_ANALYST'`;
    const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND municipality_id = ${MUNICIPALITY})`;
    const assignedParticipant = `(${ROLE} = 'PARTICIPANT' AND municipality_id = ${MUNICIPALITY} AND owner_user_id = ${USER})`;
    const ofVisibleRecommendation = `(${ROLE} = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id))`;
    const policies: [table: string, read: string, insert: string, update: string, remove: string][] = [
      [
        'scans',
        `${inRegion} AND (${analyst} OR ${ownCoordinator})`,
        `${inRegion} AND ${analyst}`,
        `${inRegion} AND ${analyst}`,
        `${inRegion} AND ${analyst}`,
      ],
      [
        'recommendations',
        `${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${assignedParticipant})`,
        `${inRegion} AND ${analyst}`,
        // Coordinators update follow-up columns; the trigger below keeps the content analysts' only.
        `${inRegion} AND (${analyst} OR ${ownCoordinator})`,
        `${inRegion} AND ${analyst}`,
      ],
      [
        'recommendation_status_changes',
        `${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${ofVisibleRecommendation})`,
        `${inRegion} AND ${ownCoordinator}`,
        'false',
        'false',
      ],
      [
        'recommendation_themes',
        `${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${ofVisibleRecommendation})`,
        `${inRegion} AND ${analyst}`,
        `${inRegion} AND ${analyst}`,
        `${inRegion} AND ${analyst}`,
      ],
    ];
    for (const [table, read, insert, update, remove] of policies) {
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${insert})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${update}) WITH CHECK (${update})`);
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${remove})`);
    }
    // The definer looks up which municipality owns a record, for rd_audit_denied only.
    await q.query(`CREATE POLICY scans_definer ON scans FOR SELECT TO rode_draad_definer USING (true)`);
    await q.query(
      `CREATE POLICY recommendations_definer ON recommendations FOR SELECT TO rode_draad_definer USING (true)`,
    );

    await q.query(`
      CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (
        ${inRegion} AND actor_user_id = ${USER} AND actor_role = ${ROLE}
        AND actor_municipality_id IS NOT DISTINCT FROM ${MUNICIPALITY} AND action <> 'DENIED')`);
    await q.query(`CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (${inRegion} AND ${ownCoordinator})`);
    // The system path: reminders read recommendations (and say so in the audit log), nothing else.
    const reminders = `(SELECT rd_system_purpose()) = 'follow-up-reminders'`;
    await q.query(`CREATE POLICY recommendations_system_read ON recommendations FOR SELECT USING (${reminders})`);
    await q.query(`
      CREATE POLICY audit_log_system_append ON audit_log FOR INSERT WITH CHECK (
        ${reminders} AND actor_user_id IS NULL AND actor_role = 'SYSTEM' AND actor_municipality_id IS NULL)`);
    await q.query(`
      CREATE POLICY audit_log_denied ON audit_log FOR INSERT TO rode_draad_definer WITH CHECK (
        action = 'DENIED' AND actor_user_id = ${USER} AND actor_role IS NOT DISTINCT FROM ${ROLE})`);

    await q.query(`
      CREATE FUNCTION rd_audit_denied(p_entity text, p_id uuid, p_request_id text) RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        owner_region uuid;
        owner_municipality uuid;
        viewer record;
      BEGIN
        SELECT * INTO viewer FROM rd_viewer();
        IF viewer.user_id IS NULL THEN
          RETURN;
        END IF;
        IF p_entity = 'scan' THEN
          SELECT region_id, municipality_id INTO owner_region, owner_municipality FROM scans WHERE id = p_id;
        ELSIF p_entity = 'recommendation' THEN
          SELECT region_id, municipality_id INTO owner_region, owner_municipality FROM recommendations WHERE id = p_id;
        END IF;
        IF owner_municipality IS NULL THEN
          RETURN;
        END IF;
        INSERT INTO audit_log (region_id, municipality_id, actor_user_id, actor_role, actor_municipality_id,
                               action, entity, entity_id, request_id)
        VALUES (owner_region, owner_municipality, viewer.user_id, viewer.role, viewer.municipality_id,
                'DENIED', p_entity, p_id, left(p_request_id, 100));
      END
      $$`);

    await q.query(`
      CREATE FUNCTION rd_keep_recommendation_content() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.title, NEW.body, NEW.reference, NEW.facet_id, NEW.priority, NEW.scan_id, NEW.municipality_id, NEW.region_id)
           IS DISTINCT FROM
           (OLD.title, OLD.body, OLD.reference, OLD.facet_id, OLD.priority, OLD.scan_id, OLD.municipality_id, OLD.region_id)
           AND (SELECT rd_role()) IS DISTINCT FROM 'RIEC_ANALYST'
           AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          RAISE EXCEPTION 'only RIEC analysts change the content of a recommendation' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER recommendations_keep_content BEFORE UPDATE ON recommendations
      FOR EACH ROW EXECUTE FUNCTION rd_keep_recommendation_content()`);

    for (const fn of [
      'rd_system_purpose()',
      'rd_viewer()',
      'rd_user_id()',
      'rd_role()',
      'rd_region_id()',
      'rd_municipality_id()',
      'rd_audit_denied(text, uuid, text)',
    ]) {
      await q.query(`ALTER FUNCTION ${fn} OWNER TO rode_draad_definer`);
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO rode_draad_app, rode_draad_definer`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER recommendations_keep_content ON recommendations`);
    await q.query(`DROP FUNCTION rd_keep_recommendation_content()`);
    for (const table of CONFIDENTIAL_TABLES) {
      for (const action of ['read', 'insert', 'update', 'delete']) {
        await q.query(`DROP POLICY ${table}_${action} ON ${table}`);
      }
    }
    await q.query(`DROP POLICY scans_definer ON scans`);
    await q.query(`DROP POLICY recommendations_definer ON recommendations`);
    await q.query(`DROP POLICY audit_log_append ON audit_log`);
    await q.query(`DROP POLICY audit_log_read ON audit_log`);
    await q.query(`DROP POLICY audit_log_denied ON audit_log`);
    await q.query(`DROP POLICY recommendations_system_read ON recommendations`);
    await q.query(`DROP POLICY audit_log_system_append ON audit_log`);
    await q.query(`DROP FUNCTION rd_audit_denied(text, uuid, text)`);
    await q.query(`DROP FUNCTION rd_user_id(), rd_role(), rd_region_id(), rd_municipality_id()`);
    await q.query(`DROP FUNCTION rd_viewer()`);
    await q.query(`DROP FUNCTION rd_system_purpose()`);
    await q.query(`DROP TABLE system_tokens`);
    await q.query(`REVOKE ALL ON users, user_sessions, scans, recommendations, audit_log FROM rode_draad_definer`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM rode_draad_definer`);
    await restoreSettingPolicies(q);
  }
}

/** The policies of migration ConfidentialScans, on transaction-local settings, for `down`. */
async function restoreSettingPolicies(q: QueryRunner): Promise<void> {
  const setting = (name: string) => `nullif((SELECT current_setting('app.${name}', true)), '')`;
  const inRegion = `region_id = ${setting('region_id')}::uuid`;
  const analyst = `${setting('role')} = 'RIEC_ANALYST'`;
  const ownCoordinator = `(${setting('role')} = 'MUNICIPAL_COORDINATOR' AND municipality_id = ${setting('municipality_id')}::uuid)`;
  const participant = `(${setting('role')} = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id))`;
  const policies: [table: string, read: string, write: string][] = [
    ['scans', `${inRegion} AND (${analyst} OR ${ownCoordinator})`, `${inRegion} AND ${analyst}`],
    [
      'recommendations',
      `${inRegion} AND (${analyst} OR ${ownCoordinator} OR (${setting('role')} = 'PARTICIPANT' AND municipality_id = ${setting('municipality_id')}::uuid AND owner_user_id = ${setting('user_id')}::uuid))`,
      `${inRegion} AND (${analyst} OR ${ownCoordinator})`,
    ],
    [
      'recommendation_status_changes',
      `${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${participant})`,
      `${inRegion} AND (${analyst} OR ${ownCoordinator})`,
    ],
    [
      'recommendation_themes',
      `${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${participant})`,
      `${inRegion} AND ${analyst}`,
    ],
  ];
  for (const [table, read, write] of policies) {
    await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
    await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${write})`);
    await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${write}) WITH CHECK (${write})`);
    await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${write})`);
  }
  await q.query(
    `CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (${inRegion} AND actor_user_id = ${setting('user_id')}::uuid)`,
  );
  await q.query(`CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (${inRegion} AND ${ownCoordinator})`);
}
