import { describePlace, sessionLink } from '../notifications/mail.render';
import type { CalendarEvent } from './ical';

/** A session as the calendars read it (the feeds and the single-session .ics). */
export interface SessionEventRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  sequence: number;
  updated_at: Date;
  /** Already resolved for the viewer: null when they may not have it. */
  online_url: string | null;
  title: string;
  description: string;
  venue_name: string | null;
  venue_room: string | null;
  venue_address: string | null;
  waitlisted: boolean;
}

/** The FROM of a session event query: the session `s`, its activity `a`, its venue `v`. */
export const SESSION_EVENT_FROM = `sessions s
         JOIN learning_activities a ON a.id = s.activity_id
         LEFT JOIN venues v ON v.id = s.venue_id`;

/** The columns of `SessionEventRow` but `waitlisted`, with the viewer's online link as an SQL expression. */
export const sessionEventColumns = (onlineUrl: string) =>
  `s.id, s.starts_at, s.ends_at, s.status, s.sequence, s.updated_at, ${onlineUrl} AS online_url, a.title, a.description,
              v.name AS venue_name, v.room AS venue_room, v.address AS venue_address`;

/**
 * One session as a VEVENT, the same in every calendar: UID and SEQUENCE from the session, the
 * description capped and followed by the link into the app, the place (and the online link only
 * when the row carries it), TENTATIVE while waitlisted, CANCELLED when cancelled.
 */
export function sessionEvent(
  r: SessionEventRow,
  words: { publicUrl: string; linkLabel: string; waitlistLabel: string },
): CalendarEvent {
  const link = sessionLink(words.publicUrl, r.id);
  const venue =
    r.venue_name !== null ? { name: r.venue_name, room: r.venue_room ?? '', address: r.venue_address ?? '' } : null;
  const description = r.description.length > 2000 ? `${r.description.slice(0, 2000)}…` : r.description;
  return {
    sessionId: r.id,
    sequence: r.sequence,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    summary: r.waitlisted ? `[${words.waitlistLabel}] ${r.title}` : r.title,
    description: [description, `${words.linkLabel}: ${link}`].filter(Boolean).join('\n\n'),
    location: describePlace(venue, r.online_url),
    url: link,
    status: r.status === 'CANCELLED' ? 'CANCELLED' : r.waitlisted ? 'TENTATIVE' : 'CONFIRMED',
    updatedAt: r.updated_at,
  };
}
