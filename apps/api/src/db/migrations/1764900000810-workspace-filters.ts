import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the coordinator's workspace, whose filters always run inside one municipality (the
 * scope) and then narrow by status, due date, overdue or facet. Overdue is "due before today and
 * not closed": a partial index on the open rows' due dates answers it without reading closed ones.
 * No new tables, so no grants or policies change.
 */
export class WorkspaceFilters1764900000810 implements MigrationInterface {
  name = 'WorkspaceFilters1764900000810';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX recommendations_status_due_idx ON recommendations (municipality_id, status, due_date)`);
    await q.query(
      `CREATE INDEX recommendations_open_due_idx ON recommendations (municipality_id, due_date)
        WHERE status IN ('OPEN', 'IN_PROGRESS')`,
    );
    await q.query(`CREATE INDEX recommendations_facet_idx ON recommendations (municipality_id, facet_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX recommendations_facet_idx, recommendations_open_due_idx, recommendations_status_due_idx`);
  }
}
