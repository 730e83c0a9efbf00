import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const MUNICIPALITY = '(SELECT rd_municipality_id())';

const inRegion = `region_id = ${REGION}`;
const analyst = `${ROLE} = 'RIEC_ANALYST'`;
const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND municipality_id = ${MUNICIPALITY})`;
const ofVisibleRecommendation = `(${ROLE} = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id))`;

/** Timeline kinds about consent: read by the municipality's coordinators and the RIEC only. */
const CONSENT_KINDS = `('CONSENT', 'HOLD_BACK', 'RELEASE')`;

const BEFORE_KINDS = `('STATUS', 'OWNER', 'DUE_DATE', 'PROGRESS', 'ATTACHMENT', 'LINK', 'UNLINK')`;
const AFTER_KINDS = `('STATUS', 'OWNER', 'DUE_DATE', 'PROGRESS', 'ATTACHMENT', 'LINK', 'UNLINK', 'CONSENT', 'HOLD_BACK', 'RELEASE')`;
const BEFORE_SHAPE = `CHECK (CASE kind
  WHEN 'STATUS' THEN from_status IS NOT NULL AND to_status IS NOT NULL
  WHEN 'OWNER' THEN from_owner_user_id IS DISTINCT FROM to_owner_user_id
  WHEN 'DUE_DATE' THEN from_due_date IS DISTINCT FROM to_due_date
  WHEN 'PROGRESS' THEN length(btrim(coalesce(note, ''))) > 0 OR cardinality(links) > 0
  WHEN 'ATTACHMENT' THEN attachment_id IS NOT NULL
  WHEN 'LINK' THEN learning_kind IS NOT NULL AND learning_id IS NOT NULL AND learning_title IS NOT NULL
  WHEN 'UNLINK' THEN learning_kind IS NOT NULL AND learning_id IS NOT NULL AND learning_title IS NOT NULL
END)`;
const AFTER_SHAPE = `CHECK (CASE kind
  WHEN 'STATUS' THEN from_status IS NOT NULL AND to_status IS NOT NULL
  WHEN 'OWNER' THEN from_owner_user_id IS DISTINCT FROM to_owner_user_id
  WHEN 'DUE_DATE' THEN from_due_date IS DISTINCT FROM to_due_date
  WHEN 'PROGRESS' THEN length(btrim(coalesce(note, ''))) > 0 OR cardinality(links) > 0
  WHEN 'ATTACHMENT' THEN attachment_id IS NOT NULL
  WHEN 'LINK' THEN learning_kind IS NOT NULL AND learning_id IS NOT NULL AND learning_title IS NOT NULL
  WHEN 'UNLINK' THEN learning_kind IS NOT NULL AND learning_id IS NOT NULL AND learning_title IS NOT NULL
  WHEN 'CONSENT' THEN from_consent IS NOT NULL AND to_consent IS NOT NULL
  WHEN 'HOLD_BACK' THEN true
  WHEN 'RELEASE' THEN true
END)`;

const CONSENT_STATUS = `('NOT_DECIDED', 'AGREED', 'REFUSED')`;

/**
 * Consent behind the regional picture (issue 13).
 *
 * - `scan_consents`: per scan, whether its outcomes may feed the regional picture (AGREED, REFUSED,
 *   or NOT_DECIDED, which is also what a scan without a row means), with who decided, when, on what
 *   basis (e.g. the college's decision), the decision's date and reference; versioned.
 * - `recommendation_holdbacks`: a recommendation of an agreed scan the municipality holds back (a row
 *   while held back, with who and when).
 * Both are confidential like the scan, and more: read by the municipality's own coordinators and the
 * region's analysts only (not by owning participants), written by the own coordinators only.
 * - The timeline learns CONSENT, HOLD_BACK and RELEASE; participants do not read those entries.
 * - `picture_snapshots.contributing`: how many municipalities contributed, as a count band (null:
 *   published before consent existed, when every municipality counted).
 */
export class PictureConsent1764900005000 implements MigrationInterface {
  name = 'PictureConsent1764900005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scan_consents (
        scan_id uuid PRIMARY KEY REFERENCES scans(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        status text NOT NULL CHECK (status IN ${CONSENT_STATUS}),
        basis text NOT NULL DEFAULT '' CHECK (length(basis) <= 500),
        decision_date date,
        reference text NOT NULL DEFAULT '' CHECK (length(reference) <= 200),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        CONSTRAINT scan_consents_agreed_basis CHECK (status <> 'AGREED' OR length(btrim(basis)) > 0)
      )`);
    await q.query(`CREATE INDEX scan_consents_scope_idx ON scan_consents (region_id, municipality_id, status)`);
    await q.query(`
      CREATE TABLE recommendation_holdbacks (
        recommendation_id uuid PRIMARY KEY REFERENCES recommendations(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        held_back_by uuid REFERENCES users(id),
        held_back_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX recommendation_holdbacks_scope_idx ON recommendation_holdbacks (region_id, municipality_id)`,
    );

    // The row belongs to the scan (recommendation) of the same municipality and region: no pointing across.
    const sameScan = `EXISTS (SELECT 1 FROM scans s WHERE s.id = scan_consents.scan_id
      AND s.municipality_id = scan_consents.municipality_id AND s.region_id = scan_consents.region_id)`;
    const sameRecommendation = `EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_holdbacks.recommendation_id
      AND r.municipality_id = recommendation_holdbacks.municipality_id AND r.region_id = recommendation_holdbacks.region_id)`;
    const readers = `${inRegion} AND (${analyst} OR ${ownCoordinator})`;
    const writers = `${inRegion} AND ${ownCoordinator}`;
    for (const table of ['scan_consents', 'recommendation_holdbacks']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (${readers})`);
    }
    await q.query(`CREATE POLICY scan_consents_insert ON scan_consents FOR INSERT
      WITH CHECK (${writers} AND decided_by = ${USER} AND ${sameScan})`);
    await q.query(`CREATE POLICY scan_consents_update ON scan_consents FOR UPDATE
      USING (${writers}) WITH CHECK (${writers} AND decided_by = ${USER} AND ${sameScan})`);
    await q.query(`CREATE POLICY recommendation_holdbacks_insert ON recommendation_holdbacks FOR INSERT
      WITH CHECK (${writers} AND held_back_by = ${USER} AND ${sameRecommendation})`);
    await q.query(`CREATE POLICY recommendation_holdbacks_delete ON recommendation_holdbacks FOR DELETE
      USING (${writers})`);
    // A decision is replaced, never removed (the scan's deletion takes it along); a hold-back comes and goes.
    await q.query(`GRANT SELECT, INSERT, UPDATE ON scan_consents TO rode_draad_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON recommendation_holdbacks TO rode_draad_app`);

    await q.query(`
      ALTER TABLE recommendation_events
        ADD COLUMN from_consent text CHECK (from_consent IN ${CONSENT_STATUS}),
        ADD COLUMN to_consent text CHECK (to_consent IN ${CONSENT_STATUS}),
        DROP CONSTRAINT recommendation_events_shape,
        DROP CONSTRAINT recommendation_events_kind_check,
        ADD CONSTRAINT recommendation_events_kind_check CHECK (kind IN ${AFTER_KINDS}),
        ADD CONSTRAINT recommendation_events_shape ${AFTER_SHAPE}`);
    await q.query(`DROP POLICY recommendation_events_read ON recommendation_events`);
    await q.query(`CREATE POLICY recommendation_events_read ON recommendation_events FOR SELECT USING (
      ${inRegion} AND (${analyst} OR ${ownCoordinator} OR (${ofVisibleRecommendation} AND kind NOT IN ${CONSENT_KINDS})))`);

    await q.query(`ALTER TABLE picture_snapshots ADD COLUMN contributing jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE picture_snapshots DROP COLUMN contributing`);
    await q.query(`DROP POLICY recommendation_events_read ON recommendation_events`);
    await q.query(`CREATE POLICY recommendation_events_read ON recommendation_events FOR SELECT USING (
      ${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${ofVisibleRecommendation}))`);
    await q.query(`DELETE FROM recommendation_events WHERE kind IN ${CONSENT_KINDS}`);
    await q.query(`
      ALTER TABLE recommendation_events
        DROP CONSTRAINT recommendation_events_shape,
        DROP CONSTRAINT recommendation_events_kind_check,
        ADD CONSTRAINT recommendation_events_kind_check CHECK (kind IN ${BEFORE_KINDS}),
        ADD CONSTRAINT recommendation_events_shape ${BEFORE_SHAPE},
        DROP COLUMN from_consent,
        DROP COLUMN to_consent`);
    await q.query(`DROP TABLE recommendation_holdbacks`);
    await q.query(`DROP TABLE scan_consents`);
  }
}
