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
 * version, in the transaction of the change (statement triggers, so a bulk insert bumps once).
 *
 * Why a version rather than deleting the cached counts: a reader that computed from a snapshot
 * before a change could store its counts after the change committed. With the version read in the
 * same statement as the counts, such counts carry the old version and are never used.
 * Versions come from one sequence, so a value stands for one committed state even after a region's
 * row is removed (TRUNCATE bumps every region too).
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
    await q.query(`CREATE TABLE roadmap_count_cache (
      programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
      by_quarter boolean NOT NULL,
      version bigint NOT NULL,
      first_year int NOT NULL,
      last_year int NOT NULL,
      counts jsonb NOT NULL,
      PRIMARY KEY (programme_id, by_quarter)
    )`);
    // Regions in a fixed order, so two transactions bumping the same regions cannot deadlock.
    await q.query(`CREATE FUNCTION roadmap_bump(regions uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO roadmap_versions (region_id, version)
      SELECT r, nextval('roadmap_version_seq') FROM (SELECT DISTINCT r FROM unnest(regions) r WHERE r IS NOT NULL) d ORDER BY r
      ON CONFLICT (region_id) DO UPDATE SET version = nextval('roadmap_version_seq')
    $$`);
    for (const [table, columns] of Object.entries(COUNTED)) {
      await q.query(`CREATE FUNCTION ${table}_roadmap_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM roadmap_bump(ARRAY(SELECT DISTINCT region_id FROM new_rows));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM roadmap_bump(ARRAY(SELECT DISTINCT region_id FROM old_rows));
          ELSE
            -- Updates that change nothing counted (a session filling up, a new title) keep the version.
            PERFORM roadmap_bump(ARRAY(
              SELECT r FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.region_id), (n.region_id)) v (r)
               WHERE (${columns('o').join(', ')}) IS DISTINCT FROM (${columns('n').join(', ')})));
          END IF;
          RETURN NULL;
        END $$`);
    }
    await q.query(`CREATE FUNCTION activity_themes_roadmap_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- An activity deleted with its themes is no longer found here; its own trigger bumps its region.
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM roadmap_bump(ARRAY(SELECT a.region_id FROM learning_activities a WHERE a.id IN (SELECT activity_id FROM new_rows)));
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          PERFORM roadmap_bump(ARRAY(SELECT a.region_id FROM learning_activities a WHERE a.id IN (SELECT activity_id FROM old_rows)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION roadmap_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM roadmap_bump(ARRAY(SELECT region_id FROM roadmap_versions));
        RETURN NULL;
      END $$`);
    for (const table of [...Object.keys(COUNTED), 'activity_themes']) {
      await q.query(`CREATE TRIGGER ${table}_roadmap_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_roadmap_changed()`);
      await q.query(`CREATE TRIGGER ${table}_roadmap_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_roadmap_changed()`);
      await q.query(`CREATE TRIGGER ${table}_roadmap_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_roadmap_changed()`);
      await q.query(`CREATE TRIGGER ${table}_roadmap_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION roadmap_truncated()`);
    }
    await q.query(`GRANT SELECT, INSERT, UPDATE ON roadmap_versions, roadmap_count_cache TO rode_draad_app`);
    await q.query(`GRANT USAGE ON SEQUENCE roadmap_version_seq TO rode_draad_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...Object.keys(COUNTED), 'activity_themes']) {
      for (const op of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`DROP TRIGGER ${table}_roadmap_${op} ON ${table}`);
      }
      await q.query(`DROP FUNCTION ${table}_roadmap_changed()`);
    }
    await q.query(`DROP FUNCTION roadmap_truncated()`);
    await q.query(`DROP FUNCTION roadmap_bump(uuid[])`);
    await q.query(`DROP TABLE roadmap_count_cache`);
    await q.query(`DROP TABLE roadmap_versions`);
    await q.query(`DROP SEQUENCE roadmap_version_seq`);
  }
}
