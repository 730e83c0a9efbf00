import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const MUNICIPALITY = '(SELECT rd_municipality_id())';

const inRegion = `region_id = ${REGION}`;
const analyst = `${ROLE} = 'RIEC_ANALYST'`;
const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND municipality_id = ${MUNICIPALITY})`;
const ofVisibleRecommendation = `(${ROLE} = 'PARTICIPANT' AND EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id))`;
/** A participant who owns the recommendation (the owner column, in the own municipality). */
const owningParticipant = `(${ROLE} = 'PARTICIPANT' AND municipality_id = ${MUNICIPALITY} AND EXISTS (
  SELECT 1 FROM recommendations r WHERE r.id = recommendation_id AND r.owner_user_id = ${USER}))`;
/**
 * The row's recommendation exists in the same municipality and region (no link pointing across).
 * Qualified: unqualified, `municipality_id` would name the subquery's own column.
 */
const sameRecommendation = `EXISTS (SELECT 1 FROM recommendations r
  WHERE r.id = recommendation_learning_links.recommendation_id
    AND r.municipality_id = recommendation_learning_links.municipality_id
    AND r.region_id = recommendation_learning_links.region_id)`;

/** The content columns only analysts change (migration AccessLayer), now with the re-scan link. */
const contentTrigger = (withCarriedOver: boolean) => {
  const columns = [
    'title',
    'body',
    'reference',
    'facet_id',
    'priority',
    'scan_id',
    'municipality_id',
    'region_id',
    ...(withCarriedOver ? ['carried_over_from_id'] : []),
  ];
  return `
    CREATE OR REPLACE FUNCTION rd_keep_recommendation_content() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF (${columns.map((c) => `NEW.${c}`).join(', ')})
         IS DISTINCT FROM
         (${columns.map((c) => `OLD.${c}`).join(', ')})
         AND (SELECT rd_role()) IS DISTINCT FROM 'RIEC_ANALYST'
         AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'only RIEC analysts change the content of a recommendation' USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END
    $$`;
};

const OLD_EVENT_SHAPE = `CHECK (CASE kind
  WHEN 'STATUS' THEN from_status IS NOT NULL AND to_status IS NOT NULL
  WHEN 'OWNER' THEN from_owner_user_id IS DISTINCT FROM to_owner_user_id
  WHEN 'DUE_DATE' THEN from_due_date IS DISTINCT FROM to_due_date
  WHEN 'PROGRESS' THEN length(btrim(coalesce(note, ''))) > 0 OR cardinality(links) > 0
  WHEN 'ATTACHMENT' THEN attachment_id IS NOT NULL
END)`;
const NEW_EVENT_SHAPE = `CHECK (CASE kind
  WHEN 'STATUS' THEN from_status IS NOT NULL AND to_status IS NOT NULL
  WHEN 'OWNER' THEN from_owner_user_id IS DISTINCT FROM to_owner_user_id
  WHEN 'DUE_DATE' THEN from_due_date IS DISTINCT FROM to_due_date
  WHEN 'PROGRESS' THEN length(btrim(coalesce(note, ''))) > 0 OR cardinality(links) > 0
  WHEN 'ATTACHMENT' THEN attachment_id IS NOT NULL
  WHEN 'LINK' THEN learning_kind IS NOT NULL AND learning_id IS NOT NULL AND learning_title IS NOT NULL
  WHEN 'UNLINK' THEN learning_kind IS NOT NULL AND learning_id IS NOT NULL AND learning_title IS NOT NULL
END)`;

/**
 * Learning links, progress by owners, and re-scans.
 *
 * - `recommendation_learning_links`: a recommendation links to a learning activity, a session or a
 *   peer-learning track that helps address it. Confidential like the recommendation (brief, rule 1:
 *   "every link from them to themes or activities"): read like the recommendation, written by the
 *   municipality's coordinators and the region's analysts. Links are added and removed, never
 *   changed; each addition and removal is a timeline event (LINK, UNLINK) that keeps the kind, id
 *   and title of what was linked, so the timeline still reads after a rename.
 * - Owners record progress: a participant who owns a recommendation may append PROGRESS and
 *   ATTACHMENT events and files to it, nothing else (status, owner and due date stay the
 *   coordinators'). An analyst may append LINK and UNLINK events.
 * - Re-scans: `recommendations.carried_over_from_id` names the recommendation of an earlier scan of
 *   the same municipality that a re-scan's recommendation carries over. Set by analysts (content).
 */
export class LearningLinks1764900000800 implements MigrationInterface {
  name = 'LearningLinks1764900000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recommendation_learning_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        activity_id uuid,
        session_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
        track_id uuid,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT recommendation_learning_links_one_target CHECK (num_nonnulls(activity_id, session_id, track_id) = 1),
        FOREIGN KEY (activity_id, region_id) REFERENCES learning_activities (id, region_id) ON DELETE CASCADE,
        FOREIGN KEY (track_id, region_id) REFERENCES peer_tracks (id, region_id) ON DELETE CASCADE,
        CONSTRAINT recommendation_learning_links_activity_key UNIQUE (recommendation_id, activity_id),
        CONSTRAINT recommendation_learning_links_session_key UNIQUE (recommendation_id, session_id),
        CONSTRAINT recommendation_learning_links_track_key UNIQUE (recommendation_id, track_id)
      )`);
    await q.query(
      `CREATE INDEX recommendation_learning_links_scope_idx ON recommendation_learning_links (region_id, municipality_id)`,
    );
    await q.query(`ALTER TABLE recommendation_learning_links ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE recommendation_learning_links FORCE ROW LEVEL SECURITY`);
    const writer = `${inRegion} AND (${analyst} OR ${ownCoordinator})`;
    await q.query(`CREATE POLICY recommendation_learning_links_read ON recommendation_learning_links FOR SELECT
      USING (${inRegion} AND (${analyst} OR ${ownCoordinator} OR ${ofVisibleRecommendation}))`);
    await q.query(`CREATE POLICY recommendation_learning_links_insert ON recommendation_learning_links FOR INSERT
      WITH CHECK (${writer} AND created_by = ${USER} AND ${sameRecommendation})`);
    await q.query(`CREATE POLICY recommendation_learning_links_delete ON recommendation_learning_links FOR DELETE
      USING (${writer})`);
    // Added and removed, never changed.
    await q.query(`GRANT SELECT, INSERT, DELETE ON recommendation_learning_links TO rode_draad_app`);

    // The timeline learns LINK and UNLINK, with what was linked as it was called then.
    await q.query(`
      ALTER TABLE recommendation_events
        ADD COLUMN learning_kind text CHECK (learning_kind IN ('ACTIVITY', 'SESSION', 'TRACK')),
        ADD COLUMN learning_id uuid,
        ADD COLUMN learning_title text CHECK (length(learning_title) <= 300),
        DROP CONSTRAINT recommendation_events_kind_check,
        ADD CONSTRAINT recommendation_events_kind_check
          CHECK (kind IN ('STATUS', 'OWNER', 'DUE_DATE', 'PROGRESS', 'ATTACHMENT', 'LINK', 'UNLINK')),
        DROP CONSTRAINT recommendation_events_shape,
        ADD CONSTRAINT recommendation_events_shape ${NEW_EVENT_SHAPE}`);
    await replaceFollowUpWrites(q, true);

    await q.query(`
      ALTER TABLE recommendations
        ADD COLUMN carried_over_from_id uuid REFERENCES recommendations(id) ON DELETE SET NULL,
        ADD CONSTRAINT recommendations_carried_over_not_self CHECK (carried_over_from_id <> id)`);
    await q.query(`CREATE INDEX recommendations_carried_over_idx ON recommendations (carried_over_from_id)
                     WHERE carried_over_from_id IS NOT NULL`);
    await q.query(contentTrigger(true));
    // Carried over from the same municipality's earlier scan only.
    await q.query(`
      CREATE FUNCTION rd_check_carried_over() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.carried_over_from_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM recommendations earlier
            JOIN scans es ON es.id = earlier.scan_id
            JOIN scans ns ON ns.id = NEW.scan_id
           WHERE earlier.id = NEW.carried_over_from_id
             AND earlier.municipality_id = NEW.municipality_id
             AND es.scan_date < ns.scan_date) THEN
          RAISE EXCEPTION 'a recommendation carries over one of an earlier scan of the same municipality'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'recommendations_carried_over_earlier';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER recommendations_carried_over BEFORE INSERT OR UPDATE OF carried_over_from_id, scan_id
      ON recommendations FOR EACH ROW EXECUTE FUNCTION rd_check_carried_over()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER recommendations_carried_over ON recommendations`);
    await q.query(`DROP FUNCTION rd_check_carried_over()`);
    await q.query(contentTrigger(false));
    await q.query(`ALTER TABLE recommendations DROP COLUMN carried_over_from_id`);
    await replaceFollowUpWrites(q, false);
    await q.query(`DELETE FROM recommendation_events WHERE kind IN ('LINK', 'UNLINK')`);
    await q.query(`
      ALTER TABLE recommendation_events
        DROP CONSTRAINT recommendation_events_shape,
        DROP CONSTRAINT recommendation_events_kind_check,
        ADD CONSTRAINT recommendation_events_kind_check
          CHECK (kind IN ('STATUS', 'OWNER', 'DUE_DATE', 'PROGRESS', 'ATTACHMENT')),
        ADD CONSTRAINT recommendation_events_shape ${OLD_EVENT_SHAPE},
        DROP COLUMN learning_kind,
        DROP COLUMN learning_id,
        DROP COLUMN learning_title`);
    await q.query(`DROP TABLE recommendation_learning_links`);
  }
}

/**
 * Who appends to the timeline and its files. Before: the municipality's coordinators only. After:
 * also the owning participant (progress notes and files) and the region's analysts (learning links).
 */
async function replaceFollowUpWrites(q: QueryRunner, widened: boolean): Promise<void> {
  await q.query(`DROP POLICY recommendation_events_insert ON recommendation_events`);
  await q.query(`DROP POLICY recommendation_attachments_insert ON recommendation_attachments`);
  const events = widened
    ? `${inRegion} AND actor_user_id = ${USER} AND (${ownCoordinator}
         OR (${analyst} AND kind IN ('LINK', 'UNLINK'))
         OR (${owningParticipant} AND kind IN ('PROGRESS', 'ATTACHMENT')))`
    : `${inRegion} AND ${ownCoordinator} AND actor_user_id = ${USER}`;
  const files = widened
    ? `${inRegion} AND uploaded_by = ${USER} AND (${ownCoordinator} OR ${owningParticipant})`
    : `${inRegion} AND ${ownCoordinator} AND uploaded_by = ${USER}`;
  await q.query(
    `CREATE POLICY recommendation_events_insert ON recommendation_events FOR INSERT WITH CHECK (${events})`,
  );
  await q.query(
    `CREATE POLICY recommendation_attachments_insert ON recommendation_attachments FOR INSERT WITH CHECK (${files})`,
  );
}
