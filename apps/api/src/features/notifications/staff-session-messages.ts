import type { Locale } from '@rode-draad/shared';
import { isUuid } from '../../common/ids';
import { describePlace, formatWhen, layoutMail, sessionLink } from './mail.render';
import type { MessageKind } from './message-kind';

/**
 * A message programme staff wrote to a session's registrants or waitlist. The payload names the
 * stored message (session_messages); its subject and text are staff's own words, sent as written.
 * The frame around them (greeting, introduction, time and place, link, footer) is in each
 * recipient's language, informal. PERSONAL: it reaches people as registrants of a session.
 */
export interface StaffSessionMessagePayloads {
  STAFF_SESSION_MESSAGE: { sessionId: string; messageId: string };
}

interface Row {
  message_id: string;
  subject: string;
  body: string;
  session_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  venue_name: string | null;
  venue_room: string | null;
  venue_address: string | null;
}

const T: Record<
  Locale,
  {
    subject: (title: string, subject: string) => string;
    intro: (title: string) => string;
    when: string;
    where: string;
    timeZone: string;
    link: string;
  }
> = {
  nl: {
    subject: (title, subject) => `${title}: ${subject}`,
    intro: (title) => `De programmaorganisatie van Weerbaar Twente stuurt je dit bericht over ${title}:`,
    when: 'Wanneer',
    where: 'Waar',
    timeZone: '(Nederlandse tijd)',
    link: 'Bekijk de bijeenkomst in Rode Draad',
  },
  en: {
    subject: (title, subject) => `${title}: ${subject}`,
    intro: (title) => `The Weerbaar Twente programme team sends you this message about ${title}:`,
    when: 'When',
    where: 'Where',
    timeZone: '(Amsterdam time)',
    link: 'View the session in Rode Draad',
  },
};

export const STAFF_SESSION_MESSAGE_KINDS: {
  [K in keyof StaffSessionMessagePayloads]: MessageKind<StaffSessionMessagePayloads[K]>;
} = {
  STAFF_SESSION_MESSAGE: {
    confidentiality: 'PERSONAL',
    parse({ sessionId, messageId }) {
      return typeof sessionId === 'string' && isUuid(sessionId) && typeof messageId === 'string' && isUuid(messageId)
        ? { sessionId, messageId }
        : null;
    },
    async render(db, messages, settings) {
      const rows = await db.query<Row[]>(
        `SELECT m.id AS message_id, m.subject, m.body, s.id AS session_id, a.title, s.starts_at, s.ends_at,
                v.name AS venue_name, v.room AS venue_room, v.address AS venue_address
           FROM session_messages m
           JOIN sessions s ON s.id = m.session_id
           JOIN learning_activities a ON a.id = s.activity_id
           LEFT JOIN venues v ON v.id = s.venue_id
          WHERE m.id = ANY($1::uuid[])`,
        [[...new Set(messages.map((m) => m.payload.messageId))]],
      );
      const byId = new Map(rows.map((r) => [r.message_id, r]));
      return messages.map(({ payload, recipient }) => {
        const row = byId.get(payload.messageId);
        if (!row || row.session_id !== payload.sessionId) {
          return null;
        }
        const t = T[recipient.locale];
        const venue =
          row.venue_name !== null
            ? { name: row.venue_name, room: row.venue_room ?? '', address: row.venue_address ?? '' }
            : null;
        return {
          ...layoutMail(recipient, {
            subject: t.subject(row.title, row.subject),
            // Staff's words as written, one paragraph per blank-line-separated block.
            lines: [
              t.intro(row.title),
              ...row.body
                .split(/\r?\n\s*\r?\n/)
                .map((p) => p.trim())
                .filter(Boolean),
            ],
            details: [
              [t.when, `${formatWhen(recipient.locale, row.starts_at, row.ends_at)} ${t.timeZone}`],
              // Never the online link: the sender may write to the waitlist, who have no seat.
              [t.where, describePlace(venue, null) || '-'],
            ],
            link: { label: t.link, url: sessionLink(settings.publicUrl, row.session_id) },
          }),
          appPath: `/sessions/${encodeURIComponent(row.session_id)}`,
        };
      });
    },
  },
};
