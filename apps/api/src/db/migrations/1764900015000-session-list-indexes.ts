import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the sessions list (issue 12), which reads a page and its total in one statement.
 *
 * - `sessions_region_list_idx` replaces `sessions_region_idx` (region_id, starts_at): its key is the
 *   list's order (starts_at, id) within a region, and it carries every column the list filters on
 *   directly, so the total and the ids of a page come from the index alone (index-only scans);
 *   only the page's own rows are read from the table.
 * - `registrations_seats_idx`: the seat counts of a session (status and attendance of its active
 *   registrations) from the index alone, instead of a table visit per registration.
 */
export class SessionListIndexes1764900015000 implements MigrationInterface {
  name = 'SessionListIndexes1764900015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX sessions_region_list_idx ON sessions (region_id, starts_at, id)
         INCLUDE (ends_at, status, activity_id, host_municipality_id, venue_id)`,
    );
    await q.query(`DROP INDEX sessions_region_idx`);
    await q.query(
      `CREATE INDEX registrations_seats_idx ON registrations (session_id) INCLUDE (status, attended)
         WHERE status <> 'CANCELLED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX registrations_seats_idx`);
    await q.query(`CREATE INDEX sessions_region_idx ON sessions (region_id, starts_at)`);
    await q.query(`DROP INDEX sessions_region_list_idx`);
  }
}
