import type { AuditEntry } from '../audit/audit.service';
import type { MailSettings, Recipient, RenderedMail } from './mail.render';
import type { ConfidentialityClass, MessageKind, Queryable } from './message-kind';
import { PEER_GROUP_MESSAGE_KINDS, type PeerGroupMessagePayloads } from './peer-group-messages';
import { PEER_WORK_MESSAGE_KINDS, type PeerWorkMessagePayloads } from './peer-work-messages';
import { FOLLOW_UP_MESSAGE_KINDS, type FollowUpMessagePayloads } from './follow-up-messages';
import { ACCOUNT_MESSAGE_KINDS, type AccountMessagePayloads } from './account-messages';
import { INVITATION_MESSAGE_KINDS, type InvitationMessagePayloads } from './invitation-messages';
import { ROLE_GRANT_MESSAGE_KINDS, type RoleGrantMessagePayloads } from './role-grant-messages';
import { SESSION_MESSAGE_KINDS, type SessionMessagePayloads } from './session-messages';
import { STAFF_SESSION_MESSAGE_KINDS, type StaffSessionMessagePayloads } from './staff-session-messages';

/**
 * Every kind of message, with its payload type. A new kind (a role-grant request, a follow-up
 * reminder, a peer-learning notice) adds its payload here and its `MessageKind` to the registry
 * below, in a file of its own beside session-messages.ts; the outbox table needs no change.
 */
export type MessagePayloads = SessionMessagePayloads &
  RoleGrantMessagePayloads &
  PeerGroupMessagePayloads &
  PeerWorkMessagePayloads &
  FollowUpMessagePayloads &
  InvitationMessagePayloads &
  AccountMessagePayloads &
  StaffSessionMessagePayloads;

export type NotificationKind = keyof MessagePayloads;

export const MESSAGE_KINDS: { [K in NotificationKind]: MessageKind<MessagePayloads[K]> } = {
  ...SESSION_MESSAGE_KINDS,
  ...ROLE_GRANT_MESSAGE_KINDS,
  ...PEER_GROUP_MESSAGE_KINDS,
  ...PEER_WORK_MESSAGE_KINDS,
  ...FOLLOW_UP_MESSAGE_KINDS,
  ...INVITATION_MESSAGE_KINDS,
  ...ACCOUNT_MESSAGE_KINDS,
  ...STAFF_SESSION_MESSAGE_KINDS,
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

async function obsoleteOfKind<K extends NotificationKind>(
  kind: K,
  db: Queryable,
  messages: StoredMessage[],
  settings: MailSettings,
  now: Date,
): Promise<boolean[]> {
  const definition: MessageKind<MessagePayloads[K]> = MESSAGE_KINDS[kind];
  const parsed = messages.map((m) => definition.parse(m.payload));
  const checkable = messages.flatMap((m, i) => {
    const payload = parsed[i];
    return payload ? [{ payload, recipient: m.recipient }] : [];
  });
  const answers =
    definition.obsolete && checkable.length ? await definition.obsolete(db, checkable, settings, now) : [];
  let next = 0;
  return parsed.map((payload) => (payload && definition.obsolete ? (answers[next++] ?? false) : false));
}

/**
 * Which stored messages are no longer wanted at send time (the kind's `obsolete` check, e.g. a
 * reminder whose recommendation was closed meanwhile): one answer per input, in order.
 */
export async function obsoleteMessages(
  db: Queryable,
  messages: readonly StoredMessage[],
  settings: MailSettings,
  now = new Date(),
): Promise<boolean[]> {
  const results = messages.map(() => false);
  const byKind = new Map<NotificationKind, number[]>();
  messages.forEach((m, i) => {
    if (isNotificationKind(m.kind)) {
      byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), i]);
    }
  });
  for (const [kind, indexes] of byKind) {
    const answers = await obsoleteOfKind(
      kind,
      db,
      indexes.map((i) => messages[i]!),
      settings,
      now,
    );
    indexes.forEach((i, n) => {
      results[i] = answers[n] ?? false;
    });
  }
  return results;
}

/** The audit entries of rendering CONFIDENTIAL messages: one READ per municipality and record, with the kinds. */
export function renderingAudit(messages: readonly StoredMessage[]): AuditEntry[] {
  const entries = new Map<string, AuditEntry & { details: { kinds: string[] } }>();
  for (const message of messages) {
    if (!isNotificationKind(message.kind)) {
      continue;
    }
    const definition = MESSAGE_KINDS[message.kind] as MessageKind<unknown>;
    const payload = definition.parse(message.payload);
    const scope = payload === null ? undefined : definition.auditedAs?.(payload);
    if (!scope) {
      continue;
    }
    const key = `${scope.municipalityId}/${scope.entity}/${scope.entityId ?? ''}`;
    const entry = entries.get(key) ?? { action: 'READ', ...scope, details: { kinds: [] } };
    if (!entry.details.kinds.includes(message.kind)) {
      entry.details.kinds.push(message.kind);
    }
    entries.set(key, entry);
  }
  return [...entries.values()];
}
