import type { DataSource } from 'typeorm';
import { DEFAULT_OVERALL_QUESTION_ID } from '../db/migrations/1764900014000-evaluation-questions';
import { DEMO_ADMIN_EMAIL, DEMO_ANALYST_EMAIL, DEMO_DOMAIN } from './demo-accounts';

const DAY = 24 * 3600 * 1000;

/** Fictional accounts that only exist to show the administrators' and approvers' work. */
export const DEMO_CANDIDATE_EMAIL = `kandidaat.losser@${DEMO_DOMAIN}`;
export const DEMO_BLOCKED_EMAIL = `oud-medewerker.hengelo@${DEMO_DOMAIN}`;

/**
 * Small additions so every demo role's home page has live items (features/home), written last so
 * nothing seeded before (pictures, learning effect) depends on them:
 * - a session of the current programme held three days ago, attended by the Almelo participant and
 *   coordinator, whose evaluation window is still open and which they have not evaluated yet (an
 *   activity whose upcoming sessions the browser tests open from the list, which starts today);
 * - the Almelo participant's second recommendation now due in ten days (a DUE_DATE timeline entry
 *   by the coordinator, as the app would write it);
 * - an account waiting for approval of a coordinator role (asked by the admin, for the analyst);
 * - a blocked account of someone who left, and one e-mail about the request that could not be
 *   delivered (FAILED in the outbox; demo mode sends nothing).
 * Nobody of Almelo is registered for an upcoming session: the browser tests start from there.
 */
export async function seedHomeItems(db: DataSource, regionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const people = new Map(
      (
        await tx.query<{ id: string; email: string }[]>(`SELECT id, email FROM users WHERE region_id = $1`, [regionId])
      ).map((u) => [u.email, u.id]),
    );
    const person = (email: string) => {
      const id = people.get(email);
      if (!id) {
        throw new Error(`demo account ${email} is missing`);
      }
      return id;
    };
    const participant = person(`participant.almelo@${DEMO_DOMAIN}`);
    const coordinator = person(`coordinator.almelo@${DEMO_DOMAIN}`);

    const day = new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10);
    const [session] = await tx.query<{ id: string }[]>(
      `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, venue_id, capacity, registration_deadline, status)
       SELECT a.region_id, a.id, ($2 || ' 13:30')::timestamp AT TIME ZONE 'Europe/Amsterdam',
              ($2 || ' 16:00')::timestamp AT TIME ZONE 'Europe/Amsterdam',
              (SELECT v.id FROM venues v WHERE v.region_id = $1 AND v.name = 'Stadhuis Almelo' LIMIT 1), 20,
              ($2 || ' 13:30')::timestamp AT TIME ZONE 'Europe/Amsterdam' - interval '3 days', 'COMPLETED'
         FROM learning_activities a WHERE a.region_id = $1 AND a.title = 'Werkbezoek informatieknooppunt RIEC'
       RETURNING id`,
      [regionId, day],
    );
    const attendees = [participant, coordinator, person(`participant.hengelo@${DEMO_DOMAIN}`)];
    for (const userId of attendees) {
      await tx.query(
        `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, attended, created_at)
         SELECT $1, u.id, u.municipality_id, 'CONFIRMED', u.id, true, now() - interval '20 days' FROM users u WHERE u.id = $2`,
        [session!.id, userId],
      );
    }
    // Hengelo's participant already answered the default question set's overall rating.
    await tx.query(
      `WITH e AS (INSERT INTO evaluations (session_id, user_id) VALUES ($1, $2) RETURNING id)
       INSERT INTO evaluation_answers (evaluation_id, question_id, rating) SELECT e.id, $3::uuid, 4 FROM e`,
      [session!.id, person(`participant.hengelo@${DEMO_DOMAIN}`), DEFAULT_OVERALL_QUESTION_ID],
    );

    const [owned] = await tx.query<{ id: string; region_id: string; municipality_id: string; due: string | null }[]>(
      `SELECT id, region_id, municipality_id, to_char(due_date, 'YYYY-MM-DD') AS due FROM recommendations
        WHERE owner_user_id = $1 AND status IN ('OPEN','IN_PROGRESS') ORDER BY reference DESC NULLS LAST, id LIMIT 1`,
      [participant],
    );
    if (owned) {
      const due = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
      await tx.query(
        `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, actor_user_id, at, kind, from_due_date, to_due_date)
         VALUES ($1, $2, $3, $4, now() - interval '7 days', 'DUE_DATE', $5, $6)`,
        [owned.id, owned.region_id, owned.municipality_id, coordinator, owned.due, due],
      );
      await tx.query(`UPDATE recommendations SET due_date = $2, version = version + 1 WHERE id = $1`, [owned.id, due]);
    }

    const [losser] = await tx.query<{ id: string }[]>(`SELECT id FROM municipalities WHERE cbs_code = 'GM0168'`);
    const [hengelo] = await tx.query<{ id: string }[]>(`SELECT id FROM municipalities WHERE cbs_code = 'GM0164'`);
    // Password hashes that match nothing: these accounts are shown, never used to log in.
    const [candidate] = await tx.query<{ id: string }[]>(
      `INSERT INTO users (email, name, region_id, password_hash) VALUES ($1, 'Kim Kandidaat', $2, 'demo-no-login')
       RETURNING id`,
      [DEMO_CANDIDATE_EMAIL, regionId],
    );
    const [grant] = await tx.query<{ id: string }[]>(
      `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by, requested_at)
       VALUES ($1, 'MUNICIPAL_COORDINATOR', $2, $3, $4, now() - interval '2 days') RETURNING id`,
      [candidate!.id, regionId, losser!.id, person(DEMO_ADMIN_EMAIL)],
    );
    await tx.query(
      `INSERT INTO notification_outbox (kind, confidentiality, recipient_user_id, payload, status, attempts, last_error,
                                        created_at, available_at)
       VALUES ('ROLE_GRANT_REQUESTED', 'OPERATIONAL', $1, jsonb_build_object('grantId', $2::text), 'FAILED', 20,
               '550 5.1.1 Mailbox unavailable (fictief)', now() - interval '2 days', now() - interval '1 day')`,
      [person(DEMO_ANALYST_EMAIL), grant!.id],
    );
    await tx.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash, disabled_at)
       VALUES ($1, 'Oud-medewerker Hengelo', 'PARTICIPANT', $2, $3, 'demo-no-login', now() - interval '30 days')`,
      [DEMO_BLOCKED_EMAIL, regionId, hengelo!.id],
    );
  });
}
