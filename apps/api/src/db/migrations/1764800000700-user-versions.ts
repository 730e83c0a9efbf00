import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An optimistic version on accounts, like the other shared records (1764800000600): two
 * administrators can edit the same account at once, and an approved role grant changes its role
 * under an open edit form. `version` starts at 1 and every accepted edit of what administrators
 * edit (name, e-mail, role, municipality, disabled) raises it by one; an edit sent with an older
 * version is refused as STALE_VERSION (`common/versions.ts`). The app's table-level grants on
 * `users` (SELECT, INSERT, UPDATE) cover the new column.
 */
export class UserVersions1764800000700 implements MigrationInterface {
  name = 'UserVersions1764800000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN version`);
  }
}
