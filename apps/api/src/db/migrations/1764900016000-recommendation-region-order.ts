import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analyst's list of the whole region, in its default order (priority, then title and id). Its
 * total counts every row of the region the analyst may see, so every row is read however short the
 * page; this index holds them already in that order (no sort) together with every column the
 * list's scope and row-level security look at (region, municipality, owner, id, and the title the
 * order is computed from), so the page and its count are one index-only scan. Other orders and
 * filters read the region's rows and keep the page with a top-N sort; a coordinator's list stays
 * on the municipality's indexes (a few hundred rows at most). No grants or policies change.
 */
export class RecommendationRegionOrder1764900016000 implements MigrationInterface {
  name = 'RecommendationRegionOrder1764900016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX recommendations_region_priority_idx ON recommendations (region_id, priority, lower(title), id)
         INCLUDE (municipality_id, owner_user_id, title)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX recommendations_region_priority_idx`);
  }
}
