import type { EntityManager } from 'typeorm';

/** The demo municipality that has not decided yet (Dinkelland): its outcomes feed nothing. */
export const DEMO_UNDECIDED = 'GM1774';
/** The demo municipality that agreed but holds two recommendations back (Hof van Twente). */
export const DEMO_HOLDING_BACK = 'GM1735';

/**
 * Consent behind the regional picture, as the demo's coordinators recorded it: every municipality
 * but one agreed for its scans after a college decision (re-scans included, so run it again after
 * adding scans: it skips what is recorded); one municipality holds back two recommendations that
 * feed a theme. Each decision is on the timeline of the scan's recommendations.
 */
export async function seedConsent(tx: EntityManager, regionId: string): Promise<void> {
  const decided = await tx.query<{ scan_id: string }[]>(
    `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis, decision_date, reference,
                                decided_by, decided_at)
     SELECT s.id, s.region_id, s.municipality_id, 'AGREED', 'Collegebesluit', s.scan_date + 60,
            'B&W ' || extract(year FROM s.scan_date) || '/' || lpad((row_number() OVER (ORDER BY s.scan_date, s.id))::text, 3, '0'),
            (SELECT u.id FROM users u WHERE u.municipality_id = s.municipality_id AND u.role = 'MUNICIPAL_COORDINATOR'
              ORDER BY u.created_at, u.id LIMIT 1),
            s.scan_date + 60
       FROM scans s JOIN municipalities m ON m.id = s.municipality_id
      WHERE s.region_id = $1 AND m.cbs_code <> $2
     ON CONFLICT (scan_id) DO NOTHING
     RETURNING scan_id`,
    [regionId, DEMO_UNDECIDED],
  );
  await tx.query(
    `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, from_consent, to_consent,
                                        actor_user_id, at)
     SELECT r.id, r.region_id, r.municipality_id, 'CONSENT', 'NOT_DECIDED', 'AGREED', c.decided_by, c.decided_at
       FROM recommendations r JOIN scan_consents c ON c.scan_id = r.scan_id
      WHERE c.scan_id = ANY($1)`,
    [decided.map((d) => d.scan_id)],
  );
  const held = await tx.query<{ recommendation_id: string }[]>(
    `INSERT INTO recommendation_holdbacks (recommendation_id, region_id, municipality_id, held_back_by, held_back_at)
     SELECT r.id, r.region_id, r.municipality_id,
            (SELECT u.id FROM users u WHERE u.municipality_id = r.municipality_id AND u.role = 'MUNICIPAL_COORDINATOR'
              ORDER BY u.created_at, u.id LIMIT 1),
            c.decided_at
       FROM recommendations r
       JOIN municipalities m ON m.id = r.municipality_id
       JOIN scan_consents c ON c.scan_id = r.scan_id
      WHERE r.region_id = $1 AND m.cbs_code = $2
        AND EXISTS (SELECT 1 FROM recommendation_themes rt WHERE rt.recommendation_id = r.id)
        -- Not the Bibob theme's, so the demo keeps a theme counted "more than" in both snapshots.
        AND NOT EXISTS (SELECT 1 FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
                         WHERE rt.recommendation_id = r.id AND t.title LIKE 'Bibob%')
        AND NOT EXISTS (SELECT 1 FROM recommendation_holdbacks h WHERE h.municipality_id = r.municipality_id)
      ORDER BY r.reference, r.id
      LIMIT 2
     RETURNING recommendation_id`,
    [regionId, DEMO_HOLDING_BACK],
  );
  await tx.query(
    `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, actor_user_id, at)
     SELECT h.recommendation_id, h.region_id, h.municipality_id, 'HOLD_BACK', h.held_back_by, h.held_back_at
       FROM recommendation_holdbacks h WHERE h.recommendation_id = ANY($1)`,
    [held.map((h) => h.recommendation_id)],
  );
}
