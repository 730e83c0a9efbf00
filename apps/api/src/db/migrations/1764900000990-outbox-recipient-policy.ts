import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = '(SELECT rd_user_id())';

/**
 * Row-level security on `notification_outbox`: inside a viewer's transaction (a session secret set,
 * `rd_viewer()` finds the user) only the viewer's own messages can be read, so `myMessages` cannot
 * show anyone else's, whatever its SQL says.
 *
 * Without a viewer (the delivery worker, the reminders job, the admins' metadata list and retry on
 * the application pool) every row stays readable and updatable, as before this migration: those
 * paths serve every recipient. Any transaction may enqueue a message for anyone (a registration
 * tells the registrant, a role grant tells the analysts), so inserts are not restricted; updates
 * belong to delivery and retry only, never to a viewer's transaction.
 */
export class OutboxRecipientPolicy1764900000990 implements MigrationInterface {
  name = 'OutboxRecipientPolicy1764900000990';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_outbox ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE notification_outbox FORCE ROW LEVEL SECURITY`);
    await q.query(`
      CREATE POLICY notification_outbox_read ON notification_outbox FOR SELECT
        USING (${USER} IS NULL OR recipient_user_id = ${USER})`);
    await q.query(`CREATE POLICY notification_outbox_insert ON notification_outbox FOR INSERT WITH CHECK (true)`);
    await q.query(`
      CREATE POLICY notification_outbox_update ON notification_outbox FOR UPDATE
        USING (${USER} IS NULL) WITH CHECK (${USER} IS NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const action of ['read', 'insert', 'update']) {
      await q.query(`DROP POLICY notification_outbox_${action} ON notification_outbox`);
    }
    await q.query(`ALTER TABLE notification_outbox NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE notification_outbox DISABLE ROW LEVEL SECURITY`);
  }
}
