import type { MigrationInterface, QueryRunner } from 'typeorm';

const NOTIFICATION_KINDS = [
  'REGISTERED',
  'WAITLISTED',
  'PROMOTED',
  'CANCELLED_BY_STAFF',
  'SESSION_CHANGED',
  'REMINDER',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * Registrations for sessions (with waitlist and attendance), evaluations, and the transactional
 * outbox of notification events. Not confidential, so no row-level security; but attendance of a
 * municipality can reveal a weak spot, so the services show a municipality's registrations only to
 * its own coordinators and to programme staff.
 *
 * `arrival` is the waitlist order: it is drawn while the session row is locked, so it follows the
 * order in which registrations obtained the lock. A constraint trigger re-checks capacity and the
 * per-municipality maximum under the same lock, so no code path can overbook a session.
 */
export class Registrations1764600000000 implements MigrationInterface {
  name = 'Registrations1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registrations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        arrival bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        status text NOT NULL CHECK (status IN ('CONFIRMED','WAITLISTED','CANCELLED')),
        registered_by uuid NOT NULL REFERENCES users(id),
        attended boolean,
        created_at timestamptz NOT NULL DEFAULT now(),
        promoted_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by uuid REFERENCES users(id),
        CONSTRAINT registrations_cancelled_at CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        CONSTRAINT registrations_attended_confirmed CHECK (attended IS NULL OR status = 'CONFIRMED')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX registrations_active_key ON registrations (session_id, user_id) WHERE status <> 'CANCELLED'`,
    );
    await q.query(`CREATE INDEX registrations_session_idx ON registrations (session_id, status, arrival)`);
    await q.query(`CREATE INDEX registrations_user_idx ON registrations (user_id, status)`);

    // The last line of defence against overbooking: whatever writes a CONFIRMED row, it waits for the
    // session's row lock and then counts (a fresh snapshot per statement, so it sees every commit).
    await q.query(`
      CREATE FUNCTION registrations_check_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        seats integer;
        per_municipality integer;
        taken integer;
        taken_here integer;
      BEGIN
        IF NEW.status <> 'CONFIRMED' THEN
          RETURN NULL;
        END IF;
        SELECT capacity, max_per_municipality INTO seats, per_municipality FROM sessions WHERE id = NEW.session_id FOR UPDATE;
        SELECT count(*), count(*) FILTER (WHERE municipality_id = NEW.municipality_id) INTO taken, taken_here
          FROM registrations WHERE session_id = NEW.session_id AND status = 'CONFIRMED';
        IF taken > seats OR taken_here > coalesce(per_municipality, seats) THEN
          RAISE EXCEPTION 'session % is full', NEW.session_id USING ERRCODE = 'check_violation',
            CONSTRAINT = 'registrations_capacity';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER registrations_check_capacity AFTER INSERT OR UPDATE OF status ON registrations
      FOR EACH ROW WHEN (NEW.status = 'CONFIRMED') EXECUTE FUNCTION registrations_check_capacity()`);

    await q.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE notification_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN (${list(NOTIFICATION_KINDS)})),
        recipient_user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
        payload jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        sent_at timestamptz,
        last_error text CHECK (last_error IS NULL OR length(last_error) <= 2000)
      )`);
    // What the sender polls: unsent events that are due, oldest first (FOR UPDATE SKIP LOCKED).
    await q.query(
      `CREATE INDEX notification_outbox_pending_idx ON notification_outbox (available_at, id) WHERE sent_at IS NULL`,
    );
    await q.query(`CREATE INDEX notification_outbox_session_idx ON notification_outbox (session_id)`);
    // Lets a scheduler (e.g. reminders) enqueue idempotently with ON CONFLICT DO NOTHING.
    await q.query(
      `CREATE UNIQUE INDEX notification_outbox_dedupe_key ON notification_outbox (dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );

    await q.query(`
      GRANT SELECT, INSERT, UPDATE ON registrations TO rode_draad_app;
      GRANT SELECT, INSERT ON evaluations TO rode_draad_app;
      GRANT SELECT, INSERT, UPDATE ON notification_outbox TO rode_draad_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_outbox, evaluations, registrations`);
    await q.query(`DROP FUNCTION registrations_check_capacity()`);
  }
}
