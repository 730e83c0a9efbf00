import type { DataSource } from 'typeorm';
import { enqueueNotifications, type NotificationEvent } from './outbox';

/**
 * Enqueues a REMINDER for every confirmed registration of a session (open or full) that starts
 * within the next two days but not within one, unless the registration is younger than that
 * window (whoever registers two days ahead needs no reminder). Runs hourly; the window of a day
 * catches up after downtime, and the dedupe key `reminder:<session>:<user>` makes it idempotent.
 */
export async function enqueueReminders(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ session_id: string; user_id: string; registration_id: string }[]>(
      `SELECT r.session_id, r.user_id, r.id AS registration_id
         FROM registrations r
         JOIN sessions s ON s.id = r.session_id
        WHERE r.status = 'CONFIRMED'
          AND s.status IN ('OPEN','FULL')
          AND s.starts_at > now() + interval '1 day'
          AND s.starts_at <= now() + interval '2 days'
          AND coalesce(r.promoted_at, r.created_at) < s.starts_at - interval '2 days'
          AND NOT EXISTS (SELECT 1 FROM notification_outbox o
                           WHERE o.dedupe_key = 'reminder:' || r.session_id || ':' || r.user_id)`,
    );
    const events: NotificationEvent[] = rows.map((r) => ({
      kind: 'REMINDER',
      recipientUserId: r.user_id,
      payload: { sessionId: r.session_id, registrationId: r.registration_id },
      dedupeKey: `reminder:${r.session_id}:${r.user_id}`,
    }));
    await enqueueNotifications(tx, events);
    return events.length;
  });
}
