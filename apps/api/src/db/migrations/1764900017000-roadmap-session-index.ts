import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roadmap (issue 12) counts a programme's sessions per period, and a roadmap cell asks per
 * activity whether it has a session in the period; both leave cancelled sessions out. An index of
 * only the sessions that count, on (activity_id, starts_at), lets both read the index alone
 * (index-only scan) instead of every session row.
 */
export class RoadmapSessionIndex1764900017000 implements MigrationInterface {
  name = 'RoadmapSessionIndex1764900017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX sessions_activity_live_idx ON sessions (activity_id, starts_at) WHERE status <> 'CANCELLED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sessions_activity_live_idx`);
  }
}
