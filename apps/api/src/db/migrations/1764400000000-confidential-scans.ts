import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Viewer settings as the policies read them; empty after commit, so compare via nullif. */
const SETTING = (name: string) => `nullif((SELECT current_setting('app.${name}', true)), '')`;
const REGION = `${SETTING('region_id')}::uuid`;
const MUNICIPALITY = `${SETTING('municipality_id')}::uuid`;
const USER = `${SETTING('user_id')}::uuid`;
const ROLE = SETTING('role');

/**
 * Scans, recommendations and their follow-up are confidential to their municipality. Besides the
 * services' SQL filters, row-level security is a second wall: a query that forgets the filter,
 * or runs without viewer settings, sees nothing. FORCE applies the policies to the owner too.
 */
export class ConfidentialScans1764400000000 implements MigrationInterface {
  name = 'ConfidentialScans1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE regions ADD COLUMN disclosure_threshold integer NOT NULL DEFAULT 3
                   CHECK (disclosure_threshold BETWEEN 1 AND 50)`);
    await q.query(`
      CREATE TABLE facets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        position integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX facets_region_name_key ON facets (region_id, lower(name))`);
    await q.query(`
      CREATE TABLE themes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        year_identified integer NOT NULL CHECK (year_identified BETWEEN 2000 AND 2100),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX themes_region_title_key ON themes (region_id, lower(title))`);
    await q.query(`
      CREATE TABLE theme_facets (
        theme_id uuid NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
        facet_id uuid NOT NULL REFERENCES facets(id) ON DELETE RESTRICT,
        PRIMARY KEY (theme_id, facet_id)
      )`);
    await q.query(`CREATE INDEX theme_facets_facet_idx ON theme_facets (facet_id)`);

    await q.query(`
      CREATE TABLE scans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        scan_date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('BASELINE','RESCAN')),
        scope text NOT NULL DEFAULT '' CHECK (length(scope) <= 2000),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 20000),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX scans_scope_idx ON scans (region_id, municipality_id, scan_date DESC)`);
    await q.query(`
      CREATE TABLE recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        scan_id uuid NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
        reference text CHECK (reference IS NULL OR length(btrim(reference)) BETWEEN 1 AND 40),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 10000),
        facet_id uuid NOT NULL REFERENCES facets(id),
        priority text NOT NULL CHECK (priority IN ('P1','P2','P3','P4')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','IN_PROGRESS','DONE','NOT_ADOPTED')),
        status_reason text CHECK (status_reason IS NULL OR length(status_reason) <= 2000),
        status_changed_at timestamptz,
        status_changed_by uuid REFERENCES users(id),
        owner_user_id uuid REFERENCES users(id),
        due_date date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT recommendations_not_adopted_reason CHECK (
          status <> 'NOT_ADOPTED' OR length(btrim(coalesce(status_reason, ''))) > 0
        )
      )`);
    await q.query(`CREATE UNIQUE INDEX recommendations_scan_reference_key ON recommendations (scan_id, reference)`);
    await q.query(`CREATE INDEX recommendations_scope_idx ON recommendations (region_id, municipality_id)`);
    await q.query(`CREATE INDEX recommendations_scan_idx ON recommendations (scan_id)`);
    await q.query(`CREATE INDEX recommendations_owner_idx ON recommendations (owner_user_id)`);
    await q.query(`
      CREATE TABLE recommendation_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text,
        changed_by uuid REFERENCES users(id),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX recommendation_status_changes_rec_idx ON recommendation_status_changes (recommendation_id, changed_at)`,
    );
    await q.query(`
      CREATE TABLE recommendation_themes (
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        PRIMARY KEY (recommendation_id, theme_id)
      )`);
    await q.query(`CREATE INDEX recommendation_themes_theme_idx ON recommendation_themes (theme_id, municipality_id)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        actor_user_id uuid REFERENCES users(id),
        actor_role text NOT NULL,
        actor_municipality_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id uuid,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_scope_idx ON audit_log (municipality_id, at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE picture_snapshots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions(id),
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES users(id),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        threshold integer NOT NULL,
        municipality_count integer NOT NULL,
        lines jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX picture_snapshots_region_idx ON picture_snapshots (region_id, published_at DESC)`);

    // Confidential rows: analysts of the region; the municipality's coordinators; for
    // recommendations also the participant they are assigned to.
    const analyst = `${ROLE} = 'RIEC_ANALYST'`;
    const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND municipality_id = ${MUNICIPALITY})`;
    const inRegion = `region_id = ${REGION}`;
    const policies: [table: string, read: string, write: string][] = [
      ['scans', `${inRegion} AND (${analyst} OR ${ownCoordinator})`, `${inRegion} AND ${analyst}`],
      [
        'recommendations',
        `${inRegion} AND (${analyst} OR ${ownCoordinator} OR (${ROLE} = 'PARTICIPANT' AND municipality_id = ${MUNICIPALITY} AND owner_user_id = ${USER}))`,
        `${inRegion} AND (${analyst} OR ${ownCoordinator})`,
      ],
      [
        'recommendation_status_changes',
        `${inRegion} AND (${analyst} OR ${ownCoordinator} OR (${ROLE} = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id)))`,
        `${inRegion} AND (${analyst} OR ${ownCoordinator})`,
      ],
      [
        'recommendation_themes',
        `${inRegion} AND (${analyst} OR ${ownCoordinator} OR (${ROLE} = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id)))`,
        `${inRegion} AND ${analyst}`,
      ],
    ];
    for (const [table, read, write] of policies) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${read})`);
      await q.query(`CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (${write})`);
      await q.query(`CREATE POLICY ${table}_update ON ${table} FOR UPDATE USING (${write}) WITH CHECK (${write})`);
      await q.query(`CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (${write})`);
    }
    // The audit log: anyone acting in the region may append; only the municipality's coordinators read it.
    await q.query(`ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_log FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (${inRegion} AND actor_user_id = ${USER})`,
    );
    await q.query(`CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (${inRegion} AND ${ownCoordinator})`);

    await q.query(`
      GRANT SELECT, INSERT, UPDATE, DELETE ON facets, themes, theme_facets, scans, recommendations,
        recommendation_themes TO rode_draad_app;
      GRANT SELECT, INSERT ON recommendation_status_changes, audit_log, picture_snapshots TO rode_draad_app;
      GRANT UPDATE (disclosure_threshold) ON regions TO rode_draad_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE picture_snapshots, audit_log, recommendation_themes, recommendation_status_changes,
      recommendations, scans, theme_facets, themes, facets`);
    await q.query(`ALTER TABLE regions DROP COLUMN disclosure_threshold`);
  }
}
