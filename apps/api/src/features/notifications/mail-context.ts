import { isLocale } from '@rode-draad/shared';
import type { SessionStatus } from '../sessions/session.entity';
import { describePlace, renderMail, type MailContext, type MailSettings, type RenderedMail } from './mail.render';
import { isRoleGrantKind, renderRoleGrantMail } from './role-grant.mail';
import type { NotificationKind } from './outbox';

/** An outbox row joined with what its e-mail says: recipient, session, activity title and venue. */
export interface OutboxRow {
  id: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  status: 'PENDING' | 'SENT' | 'FAILED' | 'DEMO';
  created_at: Date;
  available_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  user_id: string;
  user_name: string;
  user_email: string;
  user_locale: string;
  user_disabled: boolean;
  session_id: string | null;
  session_title: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  session_status: SessionStatus | null;
  sequence: number | null;
  online_url: string | null;
  venue_name: string | null;
  venue_room: string | null;
  venue_address: string | null;
}

/** FROM clause and columns of OutboxRow; callers add WHERE/ORDER with alias `o`. */
export const OUTBOX_ROW_SQL = `
  SELECT o.id::text AS id, o.kind, o.payload, o.status, o.created_at, o.available_at, o.sent_at, o.attempts, o.last_error,
         u.id AS user_id, u.name AS user_name, u.email AS user_email, u.locale AS user_locale,
         u.disabled_at IS NOT NULL AS user_disabled,
         s.id AS session_id, a.title AS session_title, s.starts_at, s.ends_at, s.status AS session_status, s.sequence,
         s.online_url, v.name AS venue_name, v.room AS venue_room, v.address AS venue_address
    FROM notification_outbox o
    JOIN users u ON u.id = o.recipient_user_id
    LEFT JOIN sessions s ON s.id = o.session_id
    LEFT JOIN learning_activities a ON a.id = s.activity_id
    LEFT JOIN venues v ON v.id = s.venue_id`;

/** The render input of a row; null when it has no session (nothing to write about). */
export function mailContextOf(row: OutboxRow): MailContext | null {
  if (isRoleGrantKind(row.kind) || !row.session_id || !row.starts_at || !row.ends_at || !row.session_status) {
    return null;
  }
  const venue = row.venue_name !== null ? { name: row.venue_name, room: row.venue_room ?? '', address: row.venue_address ?? '' } : null;
  return {
    kind: row.kind,
    payload: row.payload,
    recipient: { name: row.user_name, email: row.user_email, locale: isLocale(row.user_locale) ? row.user_locale : 'nl' },
    session: {
      id: row.session_id,
      title: row.session_title ?? '',
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      status: row.session_status,
      sequence: row.sequence ?? 0,
      location: describePlace(venue, row.online_url),
      onlineUrl: row.online_url,
    },
  };
}

/** The e-mail of a row, by its kind; null when it cannot be written (a session message whose session is gone). */
export function renderOutboxRow(row: OutboxRow, settings: MailSettings): RenderedMail | null {
  const locale = isLocale(row.user_locale) ? row.user_locale : 'nl';
  if (isRoleGrantKind(row.kind)) {
    return renderRoleGrantMail({ kind: row.kind, payload: row.payload, recipient: { name: row.user_name, locale } }, settings);
  }
  const context = mailContextOf(row);
  return context ? renderMail(context, settings) : null;
}
