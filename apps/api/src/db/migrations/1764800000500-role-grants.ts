import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Granting confidential access takes two people. An administrator may ask for the roles that open
 * confidential data (RIEC analyst, municipal coordinator), but the role takes effect only after an
 * active RIEC analyst of the region, who is neither the requester nor the user, approves it.
 *
 * - `users.role` may be NULL: an account waiting for its first grant, with no access at all (every
 *   policy compares the role with a literal, so NULL denies).
 * - `role_grants` holds every request and its decision. The app role may only ask (status PENDING,
 *   requester pinned to the session's user) and decide a pending request; `rd_guard_role_grant`
 *   lets only an analyst of the region with a live session decide, never on their own account or
 *   their own request. Decisions are history: they never change again.
 * - `rd_require_role_grant`, a trigger on `users`, refuses a privileged role (new, or moved to
 *   another municipality or region) unless an approved, unused grant for exactly that user, role,
 *   municipality and region exists, and uses it up, so one approval grants once. Even a raw UPDATE
 *   by the app role cannot grant.
 * - The first analyst of a region comes from the operator (install): a grant row written with the
 *   owner connection, requested_by and decided_by NULL, note 'install'; the trigger accepts it only
 *   while the region has no active analyst. The app role cannot write such a row.
 * - Its messages (ROLE_GRANT_REQUESTED, ROLE_GRANT_DECIDED) need no change to the outbox table: since
 *   the general outbox, kinds live in the code's registry.
 */
export class RoleGrants1764800000500 implements MigrationInterface {
  name = 'RoleGrants1764800000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ALTER COLUMN role DROP NOT NULL`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_municipality_matches_role`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_municipality_matches_role CHECK (
        CASE WHEN role IS NULL THEN municipality_id IS NULL
             ELSE (role IN ('MUNICIPAL_COORDINATOR','PARTICIPANT')) = (municipality_id IS NOT NULL) END
      )`);

    await q.query(`
      CREATE TABLE role_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        requested_role text NOT NULL CHECK (requested_role IN ('RIEC_ANALYST','MUNICIPAL_COORDINATOR')),
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid REFERENCES municipalities(id),
        requested_by uuid REFERENCES users(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','REJECTED','WITHDRAWN')),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        note text CHECK (note IS NULL OR length(note) <= 500),
        applied_at timestamptz,
        CONSTRAINT role_grants_municipality CHECK ((requested_role = 'MUNICIPAL_COORDINATOR') = (municipality_id IS NOT NULL)),
        CONSTRAINT role_grants_decision CHECK (
          CASE WHEN status = 'PENDING' THEN decided_by IS NULL AND decided_at IS NULL
               ELSE decided_at IS NOT NULL END),
        CONSTRAINT role_grants_applied CHECK (applied_at IS NULL OR status = 'APPROVED'),
        -- Only the operator's install grant has neither requester nor approver.
        CONSTRAINT role_grants_people CHECK (
          requested_by IS NOT NULL OR (status = 'APPROVED' AND decided_by IS NULL AND note = 'install'))
      )`);
    await q.query(`CREATE UNIQUE INDEX role_grants_one_pending ON role_grants (user_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX role_grants_region_idx ON role_grants (region_id, status, requested_at DESC)`);
    await q.query(`CREATE INDEX role_grants_requested_by_idx ON role_grants (requested_by)`);

    await q.query(`ALTER TABLE role_grants ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY role_grants_read ON role_grants FOR SELECT USING (true)`);
    await q.query(`
      CREATE POLICY role_grants_request ON role_grants FOR INSERT WITH CHECK (
        status = 'PENDING' AND applied_at IS NULL AND requested_by = (SELECT rd_user_id()))`);
    await q.query(
      `CREATE POLICY role_grants_decide ON role_grants FOR UPDATE USING (status = 'PENDING') WITH CHECK (true)`,
    );
    await q.query(
      `CREATE POLICY role_grants_definer_read ON role_grants FOR SELECT TO rode_draad_definer USING (true)`,
    );
    await q.query(
      `CREATE POLICY role_grants_definer_apply ON role_grants FOR UPDATE TO rode_draad_definer USING (true) WITH CHECK (true)`,
    );
    // Column grants: the app can neither write a decision into a new row nor mark a grant used.
    await q.query(`GRANT SELECT ON role_grants TO rode_draad_app`);
    await q.query(
      `GRANT INSERT (user_id, requested_role, region_id, municipality_id, requested_by) ON role_grants TO rode_draad_app`,
    );
    await q.query(`GRANT UPDATE (status, decided_by, decided_at, note) ON role_grants TO rode_draad_app`);
    await q.query(`GRANT SELECT, UPDATE (applied_at) ON role_grants TO rode_draad_definer`);

    await q.query(`
      CREATE FUNCTION rd_guard_role_grant() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
      DECLARE
        viewer record;
      BEGIN
        IF (NEW.id, NEW.user_id, NEW.requested_role, NEW.region_id, NEW.municipality_id, NEW.requested_by, NEW.requested_at)
           IS DISTINCT FROM
           (OLD.id, OLD.user_id, OLD.requested_role, OLD.region_id, OLD.municipality_id, OLD.requested_by, OLD.requested_at) THEN
          RAISE EXCEPTION 'a role grant request cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.status <> 'PENDING' THEN
          -- A decision is history; the one change left is marking an approved grant used, once.
          IF (NEW.status, NEW.decided_by, NEW.decided_at, NEW.note) IS DISTINCT FROM (OLD.status, OLD.decided_by, OLD.decided_at, OLD.note)
             OR (OLD.applied_at IS NOT NULL AND NEW.applied_at IS DISTINCT FROM OLD.applied_at) THEN
            RAISE EXCEPTION 'a decided role grant cannot be changed' USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NEW;
        END IF;
        IF NEW.status = 'PENDING' THEN
          RETURN NEW;
        END IF;
        SELECT * INTO viewer FROM rd_viewer();
        IF viewer.user_id IS NULL OR NEW.decided_by IS DISTINCT FROM viewer.user_id THEN
          RAISE EXCEPTION 'a role grant is decided by the logged-in user' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status IN ('APPROVED', 'REJECTED') AND NOT (
             viewer.role = 'RIEC_ANALYST' AND viewer.region_id = NEW.region_id
             AND viewer.user_id <> NEW.user_id AND viewer.user_id IS DISTINCT FROM NEW.requested_by) THEN
          RAISE EXCEPTION 'only another RIEC analyst of the region decides a role grant' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(
      `CREATE TRIGGER role_grants_guard BEFORE UPDATE ON role_grants FOR EACH ROW EXECUTE FUNCTION rd_guard_role_grant()`,
    );

    await q.query(`
      CREATE FUNCTION rd_require_role_grant() RETURNS trigger
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        grant_id uuid;
      BEGIN
        IF NEW.role IS NULL OR NEW.role NOT IN ('RIEC_ANALYST', 'MUNICIPAL_COORDINATOR') THEN
          RETURN NEW;
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.role, NEW.municipality_id, NEW.region_id) IS NOT DISTINCT FROM (OLD.role, OLD.municipality_id, OLD.region_id) THEN
          RETURN NEW;
        END IF;
        SELECT g.id INTO grant_id
          FROM role_grants g
         WHERE g.user_id = NEW.id AND g.requested_role = NEW.role AND g.region_id = NEW.region_id
           AND g.municipality_id IS NOT DISTINCT FROM NEW.municipality_id
           AND g.status = 'APPROVED' AND g.applied_at IS NULL
           AND (
             -- Two people: an active analyst of the region approved, who neither asked nor is the user.
             (g.requested_by IS NOT NULL AND g.decided_by <> g.requested_by AND g.decided_by <> g.user_id
              AND EXISTS (SELECT 1 FROM users a WHERE a.id = g.decided_by AND a.role = 'RIEC_ANALYST'
                                                 AND a.region_id = NEW.region_id AND a.disabled_at IS NULL))
             -- The operator's install grant: the first analyst of a region that has none.
             OR (g.requested_by IS NULL AND g.decided_by IS NULL AND g.note = 'install' AND NEW.role = 'RIEC_ANALYST'
                 AND NOT EXISTS (SELECT 1 FROM users a WHERE a.role = 'RIEC_ANALYST' AND a.region_id = NEW.region_id
                                                         AND a.disabled_at IS NULL AND a.id <> NEW.id)))
         ORDER BY g.decided_at DESC
         LIMIT 1
         FOR UPDATE;
        IF grant_id IS NULL THEN
          RAISE EXCEPTION 'this role needs a role grant approved by a RIEC analyst of the region' USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE role_grants SET applied_at = now() WHERE id = grant_id;
        RETURN NEW;
      END
      $$`);
    await q.query(`ALTER FUNCTION rd_require_role_grant() OWNER TO rode_draad_definer`);
    await q.query(`REVOKE ALL ON FUNCTION rd_require_role_grant() FROM PUBLIC`);
    await q.query(`
      CREATE TRIGGER users_require_role_grant BEFORE INSERT OR UPDATE OF role, municipality_id, region_id ON users
      FOR EACH ROW EXECUTE FUNCTION rd_require_role_grant()`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [pending] = (await q.query(`SELECT count(*)::int AS n FROM users WHERE role IS NULL`)) as { n: number }[];
    if (pending && pending.n > 0) {
      throw new Error(`${pending.n} accounts wait for a role grant: give them a role or remove them before reverting.`);
    }
    // Their messages go with them: without role grants, no code renders these kinds.
    await q.query(`DELETE FROM notification_outbox WHERE kind IN ('ROLE_GRANT_REQUESTED', 'ROLE_GRANT_DECIDED')`);
    await q.query(`DROP TRIGGER users_require_role_grant ON users`);
    await q.query(`DROP FUNCTION rd_require_role_grant()`);
    await q.query(`DROP TABLE role_grants`);
    await q.query(`DROP FUNCTION rd_guard_role_grant()`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_municipality_matches_role`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_municipality_matches_role CHECK (
        (role IN ('MUNICIPAL_COORDINATOR','PARTICIPANT')) = (municipality_id IS NOT NULL))`);
    await q.query(`ALTER TABLE users ALTER COLUMN role SET NOT NULL`);
  }
}
