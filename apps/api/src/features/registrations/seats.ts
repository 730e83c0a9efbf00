import type { EntityManager } from 'typeorm';
import { BadInputError, type FieldProblem } from '../../common/errors';
import { enqueueNotifications, type NotificationEvent } from '../notifications/outbox';
import type { LearningSessionEntity } from '../sessions/session.entity';

/**
 * Seat keeping. Every function here runs inside a transaction that holds the session's row lock
 * (`SELECT … FOR UPDATE`), so counts and the waitlist cannot change underneath it.
 */

type LockedSession = Pick<LearningSessionEntity, 'id' | 'capacity' | 'maxPerMunicipality' | 'status' | 'startsAt'>;

/** Whether a freed seat still goes to the waitlist: the session is open or full and has not started. */
const takesPromotions = (session: LockedSession) =>
  (session.status === 'OPEN' || session.status === 'FULL') && session.startsAt.getTime() > Date.now();

/**
 * Gives free seats to waitlisted registrations in order of arrival, skipping those whose
 * municipality is at its maximum, and enqueues a PROMOTED event for each. Returns their ids.
 */
export async function promoteWaitlisted(tx: EntityManager, session: LockedSession): Promise<string[]> {
  if (!takesPromotions(session)) {
    return [];
  }
  const rows = await tx.query<
    { id: string; user_id: string; municipality_id: string; status: 'CONFIRMED' | 'WAITLISTED' }[]
  >(
    `SELECT id, user_id, municipality_id, status FROM registrations
      WHERE session_id = $1 AND status IN ('CONFIRMED', 'WAITLISTED') ORDER BY arrival`,
    [session.id],
  );
  const perMunicipality = new Map<string, number>();
  let confirmed = 0;
  for (const row of rows.filter((r) => r.status === 'CONFIRMED')) {
    confirmed += 1;
    perMunicipality.set(row.municipality_id, (perMunicipality.get(row.municipality_id) ?? 0) + 1);
  }
  const promoted: typeof rows = [];
  for (const row of rows) {
    if (confirmed >= session.capacity) {
      break;
    }
    const here = perMunicipality.get(row.municipality_id) ?? 0;
    if (row.status === 'WAITLISTED' && here < (session.maxPerMunicipality ?? Infinity)) {
      promoted.push(row);
      confirmed += 1;
      perMunicipality.set(row.municipality_id, here + 1);
    }
  }
  if (promoted.length) {
    await tx.query(`UPDATE registrations SET status = 'CONFIRMED', promoted_at = now() WHERE id = ANY($1::uuid[])`, [
      promoted.map((r) => r.id),
    ]);
    await enqueueNotifications(
      tx,
      promoted.map((r) => ({
        kind: 'PROMOTED',
        recipientUserId: r.user_id,
        payload: { sessionId: session.id, registrationId: r.id },
      })),
    );
  }
  return promoted.map((r) => r.id);
}

/** OPEN ↔ FULL as seats fill and free; other statuses are left alone. Bumps the version on a change. */
export async function syncFullStatus(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.query(
    `UPDATE sessions s SET status = c.wanted, version = s.version + 1
       FROM (SELECT CASE WHEN count(*) >= (SELECT capacity FROM sessions WHERE id = $1) THEN 'FULL' ELSE 'OPEN' END AS wanted
               FROM registrations WHERE session_id = $1 AND status = 'CONFIRMED') c
      WHERE s.id = $1 AND s.status IN ('OPEN', 'FULL') AND s.status <> c.wanted`,
    [sessionId],
  );
}

/** Confirmed and waitlisted registrants of a session, for events that concern all of them. */
async function activeRegistrants(tx: EntityManager, sessionId: string): Promise<{ id: string; user_id: string }[]> {
  return await tx.query<{ id: string; user_id: string }[]>(
    `SELECT id, user_id FROM registrations WHERE session_id = $1 AND status <> 'CANCELLED' ORDER BY arrival`,
    [sessionId],
  );
}

/**
 * After staff edited a session (same transaction, row locked): refuses fewer seats than are
 * confirmed, gives new seats to the waitlist, keeps OPEN/FULL right, and tells every registrant
 * about a new time or place.
 */
export async function afterSessionUpdated(tx: EntityManager, before: LearningSessionEntity): Promise<void> {
  const [after] = await tx.query<
    (LockedSession &
      Pick<LearningSessionEntity, 'endsAt' | 'venueId' | 'onlineUrl'> & {
        confirmed: number;
        most_per_municipality: number;
      })[]
  >(
    `SELECT id, capacity, max_per_municipality AS "maxPerMunicipality", status, starts_at AS "startsAt", ends_at AS "endsAt",
            venue_id AS "venueId", online_url AS "onlineUrl",
            (SELECT count(*)::int FROM registrations WHERE session_id = s.id AND status = 'CONFIRMED') AS confirmed,
            (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM registrations WHERE session_id = s.id AND status = 'CONFIRMED'
                                                    GROUP BY municipality_id) m) AS most_per_municipality
       FROM sessions s WHERE id = $1`,
    [before.id],
  );
  const problems: FieldProblem[] = [];
  if (after!.capacity < after!.confirmed) {
    problems.push({ field: 'capacity', reason: 'BELOW_CONFIRMED' });
  }
  if (after!.maxPerMunicipality !== null && after!.maxPerMunicipality < after!.most_per_municipality) {
    problems.push({ field: 'maxPerMunicipality', reason: 'BELOW_CONFIRMED' });
  }
  if (problems.length) {
    throw new BadInputError('Fewer seats than registrations already confirmed; cancel registrations first.', problems);
  }
  await promoteWaitlisted(tx, after!);
  await syncFullStatus(tx, before.id);
  const place = (s: Pick<LearningSessionEntity, 'startsAt' | 'endsAt' | 'venueId' | 'onlineUrl'>) => ({
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    venueId: s.venueId,
    onlineUrl: s.onlineUrl,
  });
  const previous = place(before);
  const current = place(after!);
  if (JSON.stringify(previous) !== JSON.stringify(current)) {
    const events: NotificationEvent[] = (await activeRegistrants(tx, before.id)).map((r) => ({
      kind: 'SESSION_CHANGED',
      recipientUserId: r.user_id,
      payload: { sessionId: before.id, registrationId: r.id, previous, current },
    }));
    await enqueueNotifications(tx, events);
  }
}

/** After staff cancelled a session: every confirmed and waitlisted registrant is told. Registrations stay, for calendars. */
export async function afterSessionCancelled(tx: EntityManager, sessionId: string, cancelledBy: string): Promise<void> {
  const events: NotificationEvent[] = (await activeRegistrants(tx, sessionId)).map((r) => ({
    kind: 'CANCELLED_BY_STAFF',
    recipientUserId: r.user_id,
    payload: { sessionId, cause: 'SESSION_CANCELLED', registrationId: r.id, cancelledBy },
  }));
  await enqueueNotifications(tx, events);
}
