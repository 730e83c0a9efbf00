import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The status a programme's new sessions get unless the planner picks another (issue 11). DRAFT by
 * default, as before: a session opens for registration only when staff say so. COMPLETED and the
 * statuses that follow from registrations or cancelling make no sense for a session not yet held.
 * The app's table-level grants (SELECT, INSERT, UPDATE) cover the new column.
 */
export class ProgrammeSessionDefault1764900012000 implements MigrationInterface {
  name = 'ProgrammeSessionDefault1764900012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE programmes ADD COLUMN default_session_status text NOT NULL DEFAULT 'DRAFT'
        CONSTRAINT programmes_default_session_status_check CHECK (default_session_status IN ('DRAFT', 'OPEN'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programmes DROP COLUMN default_session_status`);
  }
}
