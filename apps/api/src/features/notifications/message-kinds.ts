import type { MailSettings, Recipient, RenderedMail } from './mail.render';
import type { ConfidentialityClass, MessageKind, Queryable } from './message-kind';
import { PEER_GROUP_MESSAGE_KINDS, type PeerGroupMessagePayloads } from './peer-group-messages';
import { PEER_WORK_MESSAGE_KINDS, type PeerWorkMessagePayloads } from './peer-work-messages';
import { ROLE_GRANT_MESSAGE_KINDS, type RoleGrantMessagePayloads } from './role-grant-messages';
import { SESSION_MESSAGE_KINDS, type SessionMessagePayloads } from './session-messages';

/**
 * Every kind of message, with its payload type. A new kind (a role-grant request, a follow-up
 * reminder, a peer-learning notice) adds its payload here and its `MessageKind` to the registry
 * below, in a file of its own beside session-messages.ts; the outbox table needs no change.
 */
export type MessagePayloads = SessionMessagePayloads &
  RoleGrantMessagePayloads &
  PeerGroupMessagePayloads &
  PeerWorkMessagePayloads;

export type NotificationKind = keyof MessagePayloads;

export const MESSAGE_KINDS: { [K in NotificationKind]: MessageKind<MessagePayloads[K]> } = {
  ...SESSION_MESSAGE_KINDS,
  ...ROLE_GRANT_MESSAGE_KINDS,
  ...PEER_GROUP_MESSAGE_KINDS,
  ...PEER_WORK_MESSAGE_KINDS,
};

export const NOTIFICATION_KINDS = Object.keys(MESSAGE_KINDS) as NotificationKind[];

export const isNotificationKind = (value: string): value is NotificationKind => Object.hasOwn(MESSAGE_KINDS, value);

export const confidentialityOf = (kind: NotificationKind): ConfidentialityClass => MESSAGE_KINDS[kind].confidentiality;

/** A stored message to render: kind and payload as read from the outbox, and its recipient. */
export interface StoredMessage {
  kind: string;
  payload: Record<string, unknown>;
  recipient: Recipient;
}

async function renderKind<K extends NotificationKind>(
  kind: K,
  db: Queryable,
  messages: StoredMessage[],
  settings: MailSettings,
  now: Date,
): Promise<(RenderedMail | null)[]> {
  const definition: MessageKind<MessagePayloads[K]> = MESSAGE_KINDS[kind];
  const parsed = messages.map((m) => definition.parse(m.payload));
  const renderable = messages.flatMap((m, i) => {
    const payload = parsed[i];
    return payload ? [{ payload, recipient: m.recipient }] : [];
  });
  const rendered = renderable.length ? await definition.render(db, renderable, settings, now) : [];
  let next = 0;
  return parsed.map((payload) => (payload ? (rendered[next++] ?? null) : null));
}

/**
 * Renders stored messages, one batch per kind, in each recipient's language: one result per input,
 * in order; null for a message that cannot be written (unknown kind, unexpected payload, or its
 * subject is gone).
 */
export async function renderMessages(
  db: Queryable,
  messages: readonly StoredMessage[],
  settings: MailSettings,
  now = new Date(),
): Promise<(RenderedMail | null)[]> {
  const results: (RenderedMail | null)[] = messages.map(() => null);
  const byKind = new Map<NotificationKind, number[]>();
  messages.forEach((m, i) => {
    if (isNotificationKind(m.kind)) {
      byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), i]);
    }
  });
  for (const [kind, indexes] of byKind) {
    const rendered = await renderKind(
      kind,
      db,
      indexes.map((i) => messages[i]!),
      settings,
      now,
    );
    indexes.forEach((i, n) => {
      results[i] = rendered[n] ?? null;
    });
  }
  return results;
}
