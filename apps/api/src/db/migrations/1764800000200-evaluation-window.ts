import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evaluation window of a session: attendees evaluate it until `ends_at` plus this many days,
 * and only then are the results released, once (brief, confidentiality rule 7). Stored as days
 * rather than a moment so that rescheduling a session moves its window along. The application
 * role's table-wide grants on `sessions` cover the new column.
 */
export class EvaluationWindow1764800000200 implements MigrationInterface {
  name = 'EvaluationWindow1764800000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE sessions
        ADD COLUMN evaluation_window_days smallint NOT NULL DEFAULT 14 CHECK (evaluation_window_days BETWEEN 1 AND 90)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN evaluation_window_days`);
  }
}
