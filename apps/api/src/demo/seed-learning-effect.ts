import { demoAdviceInput } from './demo-advice-content';
import type { DataSource } from 'typeorm';
import { SessionService } from '../features/auth/session.service';
import { PictureService } from '../features/picture/picture.service';

const THEME = 'Weerbare inkoop en subsidieverlening';
const ACTIVITY = 'Masterclass weerbare inkoop';
/** Municipalities whose buyers joined last spring's masterclass (not the ones the browser tests work in). */
const ATTENDING = ['GM1774', 'GM0158', 'GM0163', 'GM0183'];
/** Recommendations per municipality linked to the theme, so that each side has at least 4k behind it. */
const LINKS_PER_MUNICIPALITY = 4;

/**
 * Demo data for learning → follow-up in the regional picture. The demo programme's sessions draw
 * attendees from every municipality, so on most themes (nearly) all municipalities took part and
 * the comparison stays suppressed, as it should. Procurement gets a clear case: four municipalities
 * attended a masterclass last spring, the three with the theme already linked
 * did not. Then the analyst publishes the latest picture, the
 * first with the comparison.
 */
export async function seedLearningEffect(db: DataSource, analystId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [theme] = await tx.query<{ id: string; region_id: string }[]>(
      'SELECT id, region_id FROM themes WHERE title = $1',
      [THEME],
    );
    const [activity] = await tx.query<{ id: string }[]>('SELECT id FROM learning_activities WHERE title = $1', [
      ACTIVITY,
    ]);
    if (!theme || !activity) {
      throw new Error('The demo theme or activity for learning → follow-up is missing.');
    }
    const [session] = await tx.query<{ id: string }[]>(
      `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, online_url, capacity, registration_deadline, status)
       VALUES ($1, $2, date_trunc('day', now()) - interval '120 days' + interval '9 hours',
               date_trunc('day', now()) - interval '120 days' + interval '12 hours',
               'https://meet.example/weerbaar-twente', 20, date_trunc('day', now()) - interval '123 days', 'COMPLETED')
       RETURNING id`,
      [theme.region_id, activity.id],
    );
    await tx.query(
      `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, attended, created_at)
       SELECT $1, u.id, u.municipality_id, 'CONFIRMED', u.id, true, now() - interval '140 days'
         FROM users u JOIN municipalities m ON m.id = u.municipality_id
        WHERE m.cbs_code = ANY($2) AND u.email LIKE 'participant.%'`,
      [session!.id, ATTENDING],
    );
    // Link up to four recommendations of the attending and the already linked municipalities.
    await tx.query(
      `WITH sides AS (
         SELECT m.id FROM municipalities m WHERE m.cbs_code = ANY($2)
         UNION SELECT rt.municipality_id FROM recommendation_themes rt WHERE rt.theme_id = $1)
       INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
       SELECT r.id, $1, r.region_id, r.municipality_id
         FROM sides CROSS JOIN LATERAL (SELECT id, region_id, municipality_id FROM recommendations
                                         WHERE municipality_id = sides.id ORDER BY reference NULLS LAST, id LIMIT $3) r
       ON CONFLICT DO NOTHING`,
      [theme.id, ATTENDING, LINKS_PER_MUNICIPALITY],
    );
  });
  const sessions = new SessionService(db, { idleMinutes: 60, absoluteHours: 1 });
  const analyst = await sessions.resolve(await sessions.create(analystId));
  if (!analyst) {
    throw new Error('The demo analyst could not start a session.');
  }
  try {
    const picture = new PictureService(db);
    // The analyst reviewed the differencing check and confirms what it found.
    const { differencingRisks } = await picture.preview(analyst, 'demo-seed');
    await picture.publish(
      analyst,
      'demo-seed',
      'Actualisatie met voor het eerst de vergelijking van leren en opvolging per thema.',
      differencingRisks.map((risk) => ({ themeId: risk.theme.id, cell: risk.cell })),
      // The RIEC's advice stands: the update carries it again, so the latest picture has its advice too.
      await demoAdviceInput(db, analyst.regionId, 'second'),
    );
  } finally {
    await sessions.end(analyst.sessionId);
  }
}
