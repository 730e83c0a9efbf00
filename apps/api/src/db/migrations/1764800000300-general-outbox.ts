import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A general outbox: messages of any kind, no longer tied to sessions.
 *
 * - The session moves from `session_id` (a foreign key) into the payload (`payload.sessionId`);
 *   each kind's renderer loads what it needs by the ids in its payload. The list of kinds lives in
 *   the code (a registry of kinds with payload, renderer and confidentiality), so the CHECK on
 *   `kind` only keeps its form.
 * - `confidentiality`: the kind's class (OPERATIONAL, PERSONAL, CONFIDENTIAL), kept on the row so
 *   access rules can tell rows apart without reading payloads. Existing rows are all about
 *   enrolment: PERSONAL.
 * - `message_id`: the e-mail's Message-ID, generated at the first attempt and kept, so a resend
 *   (after a lost SMTP confirmation, or an admin's retry) carries the same Message-ID.
 * - An index for the recipient's own messages, newest first.
 */
export class GeneralOutbox1764800000300 implements MigrationInterface {
  name = 'GeneralOutbox1764800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE notification_outbox SET payload = payload || jsonb_build_object('sessionId', session_id)
       WHERE session_id IS NOT NULL`);
    await q.query(`DROP INDEX notification_outbox_session_idx`);
    await q.query(`ALTER TABLE notification_outbox DROP COLUMN session_id`);
    await q.query(`ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_kind_check`);
    await q.query(
      `ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_kind_check CHECK (kind ~ '^[A-Z][A-Z_]{0,63}$')`,
    );
    await q.query(`
      ALTER TABLE notification_outbox
        ADD COLUMN confidentiality text NOT NULL DEFAULT 'PERSONAL'
          CHECK (confidentiality IN ('OPERATIONAL','PERSONAL','CONFIDENTIAL')),
        ADD COLUMN message_id text UNIQUE CHECK (message_id IS NULL OR length(message_id) <= 255)`);
    // Every kind declares its class; no default, so a new writer cannot forget it.
    await q.query(`ALTER TABLE notification_outbox ALTER COLUMN confidentiality DROP DEFAULT`);
    await q.query(
      `CREATE INDEX notification_outbox_recipient_idx ON notification_outbox (recipient_user_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notification_outbox_recipient_idx`);
    // Messages of kinds the old table does not know cannot go back.
    await q.query(`
      DELETE FROM notification_outbox
       WHERE kind NOT IN ('REGISTERED','WAITLISTED','PROMOTED','CANCELLED_BY_STAFF','SESSION_CHANGED','REMINDER')`);
    await q.query(`ALTER TABLE notification_outbox DROP COLUMN message_id, DROP COLUMN confidentiality`);
    await q.query(`ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_kind_check`);
    await q.query(`
      ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_kind_check
        CHECK (kind IN ('REGISTERED','WAITLISTED','PROMOTED','CANCELLED_BY_STAFF','SESSION_CHANGED','REMINDER'))`);
    await q.query(
      `ALTER TABLE notification_outbox ADD COLUMN session_id uuid REFERENCES sessions(id) ON DELETE CASCADE`,
    );
    await q.query(`
      UPDATE notification_outbox o SET session_id = s.id, payload = o.payload - 'sessionId'
        FROM sessions s WHERE s.id::text = o.payload->>'sessionId'`);
    await q.query(`CREATE INDEX notification_outbox_session_idx ON notification_outbox (session_id)`);
  }
}
