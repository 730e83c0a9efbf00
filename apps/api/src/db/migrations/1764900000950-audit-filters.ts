import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the audit log's filters and its capped count. The log is read newest first, one
 * municipality at a time, by keyset pages on (at, id), with its total counted up to 10,001 rows.
 * That count must not visit the heap (a municipality's entries are scattered between everyone
 * else's), so the indexes carry every column the filters and the row-level-security policy
 * (region_id) read: counts run as index-only scans.
 * - audit_log_page_idx replaces audit_log_scope_idx: same key, now covering every filter column,
 *   so the unfiltered log, date ranges and rare combinations count from the index alone.
 * - One index per selective filter, leading with its column, so a rare match needs no long walk.
 */
export class AuditFilters1764900000950 implements MigrationInterface {
  name = 'AuditFilters1764900000950';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX audit_log_page_idx ON audit_log (municipality_id, at DESC, id DESC)
         INCLUDE (region_id, actor_user_id, action, entity, entity_id)`,
    );
    await q.query(`DROP INDEX audit_log_scope_idx`);
    await q.query(
      `CREATE INDEX audit_log_actor_idx ON audit_log (municipality_id, actor_user_id, at DESC, id DESC)
         INCLUDE (region_id, action, entity)`,
    );
    await q.query(
      `CREATE INDEX audit_log_action_idx ON audit_log (municipality_id, action, at DESC, id DESC)
         INCLUDE (region_id, entity)`,
    );
    await q.query(
      `CREATE INDEX audit_log_entity_idx ON audit_log (municipality_id, entity, at DESC, id DESC)
         INCLUDE (region_id, action)`,
    );
    await q.query(
      `CREATE INDEX audit_log_record_idx ON audit_log (municipality_id, entity_id, at DESC, id DESC)
         INCLUDE (region_id, action) WHERE entity_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_record_idx, audit_log_entity_idx, audit_log_action_idx, audit_log_actor_idx`);
    await q.query(`CREATE INDEX audit_log_scope_idx ON audit_log (municipality_id, at DESC, id DESC)`);
    await q.query(`DROP INDEX audit_log_page_idx`);
  }
}
