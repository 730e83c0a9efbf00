import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery state of the notification outbox, and calendar subscription feeds.
 *
 * `notification_outbox.status`: PENDING (to send; retried with backoff after an SMTP failure),
 * SENT, FAILED (given up: a permanent SMTP refusal or too many attempts; kept for the admins to
 * read) or DEMO (demo mode: handled without sending). The sender claims due PENDING rows with
 * FOR UPDATE SKIP LOCKED, so several processes never send the same message twice at once.
 *
 * `calendar_feeds`: secret-token iCalendar URLs. Only a SHA-256 of the token is stored (as for
 * login sessions); regenerating revokes the row and creates a new one.
 */
export class MailAndCalendars1764700000000 implements MigrationInterface {
  name = 'MailAndCalendars1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification_outbox
        ADD COLUMN status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','FAILED','DEMO'))`);
    await q.query(`UPDATE notification_outbox SET status = 'SENT' WHERE sent_at IS NOT NULL`);
    await q.query(`
      ALTER TABLE notification_outbox
        ADD CONSTRAINT notification_outbox_sent_at CHECK ((status = 'SENT') = (sent_at IS NOT NULL))`);
    await q.query(`DROP INDEX notification_outbox_pending_idx`);
    await q.query(
      `CREATE INDEX notification_outbox_pending_idx ON notification_outbox (available_at, id) WHERE status = 'PENDING'`,
    );
    // The admins' list: newest first, by status.
    await q.query(
      `CREATE INDEX notification_outbox_status_idx ON notification_outbox (status, created_at DESC, id DESC)`,
    );

    await q.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        scope text NOT NULL CHECK (scope IN ('USER','MUNICIPALITY','PROGRAMME')),
        municipality_id uuid REFERENCES municipalities(id),
        programme_id uuid REFERENCES programmes(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT calendar_feeds_target CHECK (
          (scope = 'MUNICIPALITY') = (municipality_id IS NOT NULL) AND (scope = 'PROGRAMME') = (programme_id IS NOT NULL)
        )
      )`);
    // One live feed per user and target: a second one is a regeneration.
    await q.query(`
      CREATE UNIQUE INDEX calendar_feeds_active_key ON calendar_feeds
        (user_id, scope, coalesce(municipality_id, programme_id, '00000000-0000-0000-0000-000000000000'::uuid))
        WHERE revoked_at IS NULL`);

    await q.query(`GRANT SELECT, INSERT, UPDATE ON calendar_feeds TO rode_draad_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
    await q.query(`DROP INDEX notification_outbox_status_idx`);
    await q.query(`DROP INDEX notification_outbox_pending_idx`);
    await q.query(
      `CREATE INDEX notification_outbox_pending_idx ON notification_outbox (available_at, id) WHERE sent_at IS NULL`,
    );
    await q.query(`ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_sent_at, DROP COLUMN status`);
  }
}
