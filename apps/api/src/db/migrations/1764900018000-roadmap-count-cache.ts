import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows the roadmap counts, with what a count depends on, of row r. */
const COUNTED: Record<string, (r: string) => string[]> = {
  sessions: (r) => [`${r}.region_id`, `${r}.activity_id`, `${r}.starts_at`, `${r}.status = 'CANCELLED'`],
  learning_activities: (r) => [`${r}.region_id`, `${r}.programme_id`, `${r}.planned_year`, `${r}.planned_quarter`],
};

/**
 * The roadmap's counts per theme and period (issue 12) are computed from every session of a
 * programme: at national scale some 40 ms of a 50 ms budget, for an answer that changes only when
 * sessions, activities or their themes do. The counts are kept per programme with the version of
 * its region they were computed at; every change to what they count gives the region a new
 * version in the transaction of the change.
 *
 * - A version rather than deleting the kept counts: a reader that counted from a snapshot before a
 *   change could store its counts after the change committed. With the version read in the same
 *   statement as the counts, such counts carry the old version and are never used.
 * - Versions come from one sequence, so a value stands for one committed state, even after a
 *   region's row is removed (TRUNCATE gives every region a new one too).
 * - The triggers are deferred to the commit: the region's version row stays locked only from
 *   there to the end of the commit, not while the transaction goes on to wait for other locks
 *   (which could deadlock two transactions that both change the region). A transaction bumps a
 *   region once, however many rows it changes; an update that changes nothing counted (a session
 *   filling up, a new title) queues nothing. Two transactions that each change two regions, in
 *   opposite orders, could still deadlock at commit; only the owner writes across regions.
 * - Pending deferred events make PostgreSQL refuse TRUNCATE or ALTER TABLE of these tables later in
 *   the same transaction: a migration that writes rows and then alters the table runs
 *   `SET CONSTRAINTS ALL IMMEDIATE` in between.
 * - Whatever loads rows with triggers off (`session_replication_role = replica`, a restore with
 *   `--disable-triggers`) bumps every region afterwards, as the national bench's seed does.
 * - The roadmap statement stores counts as it reads them: it runs on the primary, under READ
 *   COMMITTED (as every request does).
 */
export class RoadmapCountCache1764900018000 implements MigrationInterface {
  name = 'RoadmapCountCache1764900018000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE roadmap_version_seq`);
    await q.query(`CREATE TABLE roadmap_versions (
      region_id uuid PRIMARY KEY REFERENCES regions (id) ON DELETE CASCADE,
      version bigint NOT NULL
    )`);
    await q.query(
      `INSERT INTO roadmap_versions (region_id, version) SELECT id, nextval('roadmap_version_seq') FROM regions`,
    );
    // Unlogged: storing counts then needs no WAL, so the roadmap request that stores them does not wait
    // for the disk at its commit; after a crash the table is empty and the counts are counted again.
    await q.query(`CREATE UNLOGGED TABLE roadmap_count_cache (
      programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
      by_quarter boolean NOT NULL,
      version bigint NOT NULL,
      first_year int NOT NULL,
      last_year int NOT NULL,
      counts jsonb NOT NULL,
      PRIMARY KEY (programme_id, by_quarter)
    )`);
    // The regions this transaction already bumped are in a transaction-local setting (rolled back
    // with a savepoint, like the bump itself), headed by the transaction's id so that a value set for
    // a whole session cannot stand for it. A region deleted in the same transaction is left alone.
    await q.query(`CREATE FUNCTION roadmap_bump(regions uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        region uuid;
        bumped text := coalesce(current_setting('rode_draad.roadmap_bumped', true), '');
        mine text := pg_current_xact_id()::text || ':';
      BEGIN
        IF bumped NOT LIKE mine || '%' THEN
          bumped := mine;
        END IF;
        FOR region IN SELECT DISTINCT r FROM unnest(regions) r WHERE r IS NOT NULL ORDER BY r LOOP
          CONTINUE WHEN bumped LIKE '%' || region || '%';
          INSERT INTO roadmap_versions (region_id, version)
          SELECT region, nextval('roadmap_version_seq') WHERE EXISTS (SELECT 1 FROM regions WHERE id = region)
            ON CONFLICT (region_id) DO UPDATE SET version = excluded.version;
          bumped := bumped || ' ' || region;
          PERFORM set_config('rode_draad.roadmap_bumped', bumped, true);
        END LOOP;
      END $$`);
    await q.query(`CREATE FUNCTION roadmap_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'activity_themes' THEN
          -- An activity deleted with its themes is no longer found here; its own trigger bumps its region.
          PERFORM roadmap_bump(ARRAY(SELECT a.region_id FROM learning_activities a
                                      WHERE a.id IN (OLD.activity_id, NEW.activity_id)));
        ELSE
          PERFORM roadmap_bump(ARRAY[OLD.region_id, NEW.region_id]);
        END IF;
        RETURN NULL;
      END $$`);
    // A new region has a version from the start, so its roadmap's counts can be kept before its first change.
    await q.query(`CREATE FUNCTION regions_roadmap_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO roadmap_versions (region_id, version) VALUES (NEW.id, nextval('roadmap_version_seq'));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER regions_roadmap_version AFTER INSERT ON regions
      FOR EACH ROW EXECUTE FUNCTION regions_roadmap_version()`);
    await q.query(`CREATE FUNCTION roadmap_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM roadmap_bump(ARRAY(SELECT region_id FROM roadmap_versions));
        RETURN NULL;
      END $$`);
    for (const table of [...Object.keys(COUNTED), 'activity_themes']) {
      const counted = COUNTED[table];
      const changed = counted
        ? `WHEN ((${counted('OLD').join(', ')}) IS DISTINCT FROM (${counted('NEW').join(', ')}))`
        : '';
      await q.query(`CREATE CONSTRAINT TRIGGER ${table}_roadmap AFTER INSERT OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION roadmap_row_changed()`);
      await q.query(`CREATE CONSTRAINT TRIGGER ${table}_roadmap_update AFTER UPDATE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW ${changed} EXECUTE FUNCTION roadmap_row_changed()`);
      await q.query(`CREATE TRIGGER ${table}_roadmap_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION roadmap_truncated()`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON roadmap_versions, roadmap_count_cache TO rode_draad_app`);
    await q.query(`GRANT USAGE ON SEQUENCE roadmap_version_seq TO rode_draad_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...Object.keys(COUNTED), 'activity_themes']) {
      for (const trigger of ['roadmap', 'roadmap_update', 'roadmap_truncate']) {
        await q.query(`DROP TRIGGER ${table}_${trigger} ON ${table}`);
      }
    }
    await q.query(`DROP TRIGGER regions_roadmap_version ON regions`);
    await q.query(`DROP FUNCTION regions_roadmap_version()`);
    await q.query(`DROP FUNCTION roadmap_row_changed()`);
    await q.query(`DROP FUNCTION roadmap_truncated()`);
    await q.query(`DROP FUNCTION roadmap_bump(uuid[])`);
    await q.query(`DROP TABLE roadmap_count_cache`);
    await q.query(`DROP TABLE roadmap_versions`);
    await q.query(`DROP SEQUENCE roadmap_version_seq`);
  }
}
