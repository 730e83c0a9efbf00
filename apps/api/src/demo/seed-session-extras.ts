import type { DataSource } from 'typeorm';
import { DEMO_DOMAIN, DEMO_STAFF_EMAIL } from './demo-accounts';

/** The demo's past session with materials; the browser tests find it by this title. */
export const DEMO_EXTRAS_ACTIVITY = 'Kennissessie terugblik: aanpak drugspanden';
const ATTENDEE = `participant.almelo@${DEMO_DOMAIN}`;

/**
 * Around a session, in the demo: a knowledge session six weeks ago (its evaluation window closed)
 * with a link among its materials, and participant.almelo recorded as present, so the demo
 * participant has a certificate of attendance to download. Its own activity, so no other demo
 * figure (attendance of the programme's activities, the learning-effect comparison) moves.
 */
export async function seedSessionExtras(db: DataSource, regionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [staff] = await tx.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [DEMO_STAFF_EMAIL]);
    const [attendee] = await tx.query<{ id: string; municipality_id: string }[]>(
      'SELECT id, municipality_id FROM users WHERE email = $1',
      [ATTENDEE],
    );
    const [programme] = await tx.query<{ id: string }[]>(
      `SELECT id FROM programmes
        WHERE region_id = $1 AND extract(year FROM now() - interval '42 days') BETWEEN start_year AND end_year
        ORDER BY start_year DESC LIMIT 1`,
      [regionId],
    );
    if (!staff || !attendee || !programme) {
      throw new Error('The demo staff member, participant or programme for session extras is missing.');
    }
    const [activity] = await tx.query<{ id: string }[]>(
      `INSERT INTO learning_activities (region_id, programme_id, title, description, format, learning_goals, target_audiences,
                                        planned_year, owner_user_id)
       VALUES ($1, $2, $3, $4, 'KNOWLEDGE_SESSION', $5, ARRAY['POLICY_ADVISOR'], extract(year FROM now() - interval '42 days')::int, $6)
       RETURNING id`,
      [
        regionId,
        programme.id,
        DEMO_EXTRAS_ACTIVITY,
        'Wat leerden we van de sluiting van drugspanden in de regio? Een terugblik met de casusregisseurs.',
        'De aanpak van een drugspand kunnen uitleggen aan collega’s.',
        staff.id,
      ],
    );
    // The same themes as the demo's drug-premises exercise: the chain theme → activity → session holds.
    await tx.query(
      `INSERT INTO activity_themes (activity_id, theme_id)
       SELECT $1, t.theme_id FROM activity_themes t JOIN learning_activities a ON a.id = t.activity_id
        WHERE a.title = 'Table-top oefening sluiting drugspand'`,
      [activity!.id],
    );
    const [session] = await tx.query<{ id: string }[]>(
      `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, online_url, capacity, registration_deadline, status)
       VALUES ($1, $2, date_trunc('day', now()) - interval '42 days' + interval '13 hours',
               date_trunc('day', now()) - interval '42 days' + interval '15 hours',
               'https://meet.example/weerbaar-twente', 30, date_trunc('day', now()) - interval '45 days', 'COMPLETED')
       RETURNING id`,
      [regionId, activity!.id],
    );
    await tx.query(
      `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, attended, created_at)
       VALUES ($1, $2, $3, 'CONFIRMED', $2, true, now() - interval '60 days')`,
      [session!.id, attendee.id, attendee.municipality_id],
    );
    await tx.query(
      `INSERT INTO session_materials (session_id, region_id, kind, title, url, added_by)
       VALUES ($1, $2, 'LINK', 'Handreiking aanpak drugspanden (CCV)', 'https://hetccv.nl/', $3)`,
      [session!.id, regionId, staff.id],
    );
  });
}
