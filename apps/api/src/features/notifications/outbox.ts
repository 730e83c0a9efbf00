import type { Locale } from '@rode-draad/shared';
import type { EntityManager } from 'typeorm';
import { confidentialityOf, type MessagePayloads, type NotificationKind } from './message-kinds';

/**
 * Messages, written to `notification_outbox` in the same transaction as the change that causes
 * them: a rolled-back change leaves no message, a committed one always has its message. A separate
 * sender delivers them (with retries) and marks them sent. Each kind (message-kinds.ts) has its own
 * payload, stored as jsonb, and its own renderer; the row also keeps the kind's confidentiality class.
 */
export type NotificationEvent = {
  [K in NotificationKind]: {
    kind: K;
    payload: MessagePayloads[K];
    /** When the message may be sent; now when absent. */
    availableAt?: Date;
    /** Enqueued at most once per key (later duplicates are skipped). */
    dedupeKey?: string;
  } & MessageRecipient;
}[NotificationKind];

/** An account, or an address for someone who has none yet (an invitation); the database holds exactly one. */
export type MessageRecipient =
  | { recipientUserId: string; recipientAddress?: never }
  | { recipientUserId?: never; recipientAddress: { email: string; name: string; locale: Locale } };

/** Adds messages to the outbox in one statement, inside the caller's transaction. */
export async function enqueueNotifications(tx: EntityManager, events: NotificationEvent[]): Promise<void> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('Notifications are enqueued inside the transaction of the change that causes them.');
  }
  if (!events.length) {
    return;
  }
  // No conflict target: naming the dedupe column would make PostgreSQL check each new row against
  // the outbox's SELECT policy (OutboxRecipientPolicy), and a viewer may enqueue messages for others.
  // The only other unique column, message_id, is empty on insert, so only the dedupe key can clash.
  await tx.query(
    `INSERT INTO notification_outbox (kind, confidentiality, recipient_user_id, recipient_email, recipient_name,
                                     recipient_locale, payload, available_at, dedupe_key)
     SELECT e.kind, e.confidentiality, e.recipient_user_id, e.recipient_email, e.recipient_name, e.recipient_locale,
            e.payload, coalesce(e.available_at, now()), e.dedupe_key
       FROM jsonb_to_recordset($1::jsonb)
            AS e(kind text, confidentiality text, recipient_user_id uuid, recipient_email text, recipient_name text,
                 recipient_locale text, payload jsonb, available_at timestamptz, dedupe_key text)
     ON CONFLICT DO NOTHING`,
    [
      JSON.stringify(
        events.map((e) => ({
          kind: e.kind,
          confidentiality: confidentialityOf(e.kind),
          recipient_user_id: e.recipientUserId ?? null,
          recipient_email: e.recipientAddress?.email ?? null,
          recipient_name: e.recipientAddress?.name ?? null,
          recipient_locale: e.recipientAddress?.locale ?? null,
          payload: e.payload,
          available_at: e.availableAt?.toISOString() ?? null,
          dedupe_key: e.dedupeKey ?? null,
        })),
      ),
    ],
  );
}
