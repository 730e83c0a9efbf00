import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The shared records that two people can edit at once and that had no optimistic version yet. */
const TABLES = ['themes', 'facets', 'programmes', 'learning_activities', 'scans'] as const;

/**
 * Optimistic versions on every edit of a shared record: `version` starts at 1 and every accepted
 * edit raises it by one; an edit sent with an older version is refused as STALE_VERSION
 * (`common/versions.ts`). Sessions and recommendations have carried one from the start. The app's
 * table-level grants (SELECT, INSERT, UPDATE) cover the new column.
 */
export class EditVersions1764800000600 implements MigrationInterface {
  name = 'EditVersions1764800000600';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN version`);
    }
  }
}
