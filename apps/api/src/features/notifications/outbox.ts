import type { EntityManager } from 'typeorm';

/**
 * Notification events, written to `notification_outbox` in the same transaction as the change that
 * causes them: a rolled-back change leaves no event, a committed one always has its event. A
 * separate sender delivers them (with retries) and marks them sent.
 *
 * - REGISTERED / WAITLISTED: a registration was made (payload: registrationId, registeredBy when a
 *   coordinator registered a colleague, waitlistPosition for WAITLISTED).
 * - PROMOTED: a waitlisted registration got a seat (payload: registrationId).
 * - CANCELLED_BY_STAFF: the session was cancelled (payload.cause SESSION_CANCELLED), or someone else
 *   cancelled the recipient's registration (cause REGISTRATION_CANCELLED, registrationId, cancelledBy).
 * - SESSION_CHANGED: time or place changed (payload.previous and payload.current: startsAt, endsAt,
 *   venueId, onlineUrl), to every confirmed and waitlisted registrant.
 * - REMINDER: for the sender's scheduler; use dedupeKey so a reminder is enqueued once.
 * - ROLE_GRANT_REQUESTED / ROLE_GRANT_DECIDED: a privileged role was asked for or decided on
 *   (no session; payload: see RoleGrantMailPayload in features/role-grants).
 */
export const NOTIFICATION_KINDS = [
  'REGISTERED',
  'WAITLISTED',
  'PROMOTED',
  'CANCELLED_BY_STAFF',
  'SESSION_CHANGED',
  'REMINDER',
  'ROLE_GRANT_REQUESTED',
  'ROLE_GRANT_DECIDED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationEvent {
  kind: NotificationKind;
  recipientUserId: string;
  sessionId: string | null;
  payload?: Record<string, unknown>;
  /** When the event may be sent; now when absent. */
  availableAt?: Date;
  /** Enqueued at most once per key (later duplicates are skipped). */
  dedupeKey?: string;
}

/** Adds events to the outbox in one statement, inside the caller's transaction. */
export async function enqueueNotifications(tx: EntityManager, events: NotificationEvent[]): Promise<void> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('Notifications are enqueued inside the transaction of the change that causes them.');
  }
  if (!events.length) {
    return;
  }
  await tx.query(
    `INSERT INTO notification_outbox (kind, recipient_user_id, session_id, payload, available_at, dedupe_key)
     SELECT e.kind, e.recipient_user_id, e.session_id, e.payload, coalesce(e.available_at, now()), e.dedupe_key
       FROM jsonb_to_recordset($1::jsonb)
            AS e(kind text, recipient_user_id uuid, session_id uuid, payload jsonb, available_at timestamptz, dedupe_key text)
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
    [
      JSON.stringify(
        events.map((e) => ({
          kind: e.kind,
          recipient_user_id: e.recipientUserId,
          session_id: e.sessionId,
          payload: e.payload ?? {},
          available_at: e.availableAt?.toISOString() ?? null,
          dedupe_key: e.dedupeKey ?? null,
        })),
      ),
    ],
  );
}
