import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const MUNICIPALITY = '(SELECT rd_municipality_id())';

const inRegion = `region_id = ${REGION}`;
const analyst = `${ROLE} = 'RIEC_ANALYST'`;
const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND municipality_id = ${MUNICIPALITY})`;
/** The recommendation's own row-level security decides: a participant sees what is assigned to them. */
const ofVisibleRecommendation = `(${ROLE} = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id))`;
const readable = `${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${ofVisibleRecommendation})`;
/** Only the municipality's coordinators write follow-up, and only as themselves. */
const writable = (actorColumn: string) => `${inRegion} AND ${ownCoordinator} AND ${actorColumn} = ${USER}`;

const NEW_TABLES = ['recommendation_attachments', 'recommendation_events'] as const;

/**
 * The follow-up workspace, first slice: one append-only timeline of everything that happens to a
 * recommendation, and evidence files stored in PostgreSQL.
 *
 * - `recommendation_events`: status, owner and due-date changes, progress notes (text and links)
 *   and attachments added; who and when. The app role may only SELECT and INSERT, so the timeline
 *   is append-only. It replaces `recommendation_status_changes` (its rows are carried over as
 *   STATUS events), so the status history has one source.
 * - `recommendation_attachments`: the files themselves (bytea), with the type detected from the
 *   content. Readable like the recommendation; written by its coordinators; never changed.
 *
 * Both confidential like the recommendation: FORCE row-level security by municipality. The definer
 * learns which municipality owns an attachment id (and nothing else of it), so that an attempt to
 * download another municipality's file is recorded in that municipality's audit log.
 */
export class FollowUpWorkspace1764900000500 implements MigrationInterface {
  name = 'FollowUpWorkspace1764900000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recommendation_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        file_name text NOT NULL CHECK (length(btrim(file_name)) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN (
          'application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/vnd.openxmlformats-officedocument.presentationml.presentation',
          'application/vnd.oasis.opendocument.text',
          'image/png',
          'image/jpeg')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL CHECK (octet_length(content) = size_bytes),
        uploaded_by uuid REFERENCES users(id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Files are mostly compressed already (zip-based Office, JPEG, PNG): store them out of line without compressing again.
    await q.query(`ALTER TABLE recommendation_attachments ALTER COLUMN content SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX recommendation_attachments_rec_idx ON recommendation_attachments (recommendation_id)`);
    await q.query(
      `CREATE INDEX recommendation_attachments_scope_idx ON recommendation_attachments (region_id, municipality_id)`,
    );

    await q.query(`
      CREATE TABLE recommendation_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        kind text NOT NULL CHECK (kind IN ('STATUS', 'OWNER', 'DUE_DATE', 'PROGRESS', 'ATTACHMENT')),
        actor_user_id uuid REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        from_status text CHECK (from_status IN ('OPEN','IN_PROGRESS','DONE','NOT_ADOPTED')),
        to_status text CHECK (to_status IN ('OPEN','IN_PROGRESS','DONE','NOT_ADOPTED')),
        reason text CHECK (length(reason) <= 2000),
        from_owner_user_id uuid REFERENCES users(id),
        to_owner_user_id uuid REFERENCES users(id),
        from_due_date date,
        to_due_date date,
        note text CHECK (length(note) <= 5000),
        links text[] NOT NULL DEFAULT '{}' CHECK (cardinality(links) <= 10),
        attachment_id uuid REFERENCES recommendation_attachments(id) ON DELETE CASCADE,
        CONSTRAINT recommendation_events_shape CHECK (CASE kind
          WHEN 'STATUS' THEN from_status IS NOT NULL AND to_status IS NOT NULL
          WHEN 'OWNER' THEN from_owner_user_id IS DISTINCT FROM to_owner_user_id
          WHEN 'DUE_DATE' THEN from_due_date IS DISTINCT FROM to_due_date
          WHEN 'PROGRESS' THEN length(btrim(coalesce(note, ''))) > 0 OR cardinality(links) > 0
          WHEN 'ATTACHMENT' THEN attachment_id IS NOT NULL
        END)
      )`);
    await q.query(`CREATE INDEX recommendation_events_rec_idx ON recommendation_events (recommendation_id, at DESC)`);
    await q.query(`CREATE INDEX recommendation_events_scope_idx ON recommendation_events (region_id, municipality_id)`);

    // One truth for the status history: the old table's rows become STATUS events.
    await q.query(`
      INSERT INTO recommendation_events (id, recommendation_id, region_id, municipality_id, kind, actor_user_id, at,
                                         from_status, to_status, reason)
      SELECT id, recommendation_id, region_id, municipality_id, 'STATUS', changed_by, changed_at,
             from_status, to_status, reason
        FROM recommendation_status_changes`);
    await q.query(`DROP TABLE recommendation_status_changes`);

    for (const table of NEW_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${readable})`);
    }
    await q.query(
      `CREATE POLICY recommendation_events_insert ON recommendation_events FOR INSERT WITH CHECK (${writable('actor_user_id')})`,
    );
    await q.query(
      `CREATE POLICY recommendation_attachments_insert ON recommendation_attachments FOR INSERT WITH CHECK (${writable('uploaded_by')})`,
    );
    // SELECT and INSERT only: the timeline and its files are append-only for the app.
    await q.query(`GRANT SELECT, INSERT ON recommendation_events, recommendation_attachments TO rode_draad_app`);

    // rd_audit_denied learns which municipality owns an attachment id: those columns only.
    await q.query(`GRANT SELECT (id, region_id, municipality_id) ON recommendation_attachments TO rode_draad_definer`);
    await q.query(
      `CREATE POLICY recommendation_attachments_definer ON recommendation_attachments FOR SELECT TO rode_draad_definer USING (true)`,
    );
    await replaceAuditDenied(q, true);
  }

  async down(q: QueryRunner): Promise<void> {
    await replaceAuditDenied(q, false);
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
      INSERT INTO recommendation_status_changes (id, recommendation_id, region_id, municipality_id, from_status, to_status,
                                                 reason, changed_by, changed_at)
      SELECT id, recommendation_id, region_id, municipality_id, from_status, to_status, reason, actor_user_id, at
        FROM recommendation_events WHERE kind = 'STATUS'`);
    const oldRead = `${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${ofVisibleRecommendation})`;
    await q.query(`ALTER TABLE recommendation_status_changes ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE recommendation_status_changes FORCE ROW LEVEL SECURITY`);
    for (const [action, sql] of [
      ['read', `FOR SELECT USING (${oldRead})`],
      ['insert', `FOR INSERT WITH CHECK (${inRegion} AND ${ownCoordinator})`],
      ['update', 'FOR UPDATE USING (false) WITH CHECK (false)'],
      ['delete', 'FOR DELETE USING (false)'],
    ] as const) {
      await q.query(`CREATE POLICY recommendation_status_changes_${action} ON recommendation_status_changes ${sql}`);
    }
    await q.query(`GRANT SELECT, INSERT ON recommendation_status_changes TO rode_draad_app`);
    await q.query(`DROP TABLE recommendation_events, recommendation_attachments`);
  }
}

/** `rd_audit_denied` (migration AccessLayer), with or without attachments among the records it knows. */
async function replaceAuditDenied(q: QueryRunner, withAttachments: boolean): Promise<void> {
  const attachment = withAttachments
    ? `ELSIF p_entity = 'recommendation_attachment' THEN
          SELECT region_id, municipality_id INTO owner_region, owner_municipality FROM recommendation_attachments WHERE id = p_id;`
    : '';
  await q.query(`
    CREATE OR REPLACE FUNCTION rd_audit_denied(p_entity text, p_id uuid, p_request_id text) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      owner_region uuid;
      owner_municipality uuid;
      viewer record;
    BEGIN
      SELECT * INTO viewer FROM rd_viewer();
      IF viewer.user_id IS NULL THEN
        RETURN;
      END IF;
      IF p_entity = 'scan' THEN
        SELECT region_id, municipality_id INTO owner_region, owner_municipality FROM scans WHERE id = p_id;
      ELSIF p_entity = 'recommendation' THEN
        SELECT region_id, municipality_id INTO owner_region, owner_municipality FROM recommendations WHERE id = p_id;
      ${attachment}
      END IF;
      IF owner_municipality IS NULL THEN
        RETURN;
      END IF;
      INSERT INTO audit_log (region_id, municipality_id, actor_user_id, actor_role, actor_municipality_id,
                             action, entity, entity_id, request_id)
      VALUES (owner_region, owner_municipality, viewer.user_id, viewer.role, viewer.municipality_id,
              'DENIED', p_entity, p_id, left(p_request_id, 100));
    END
    $$`);
}
