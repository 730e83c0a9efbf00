import type { Locale } from '@rode-draad/shared';
import { isUuid } from '../../common/ids';
import { buildCalendar } from '../calendars/ical';
import type { SessionStatus } from '../sessions/session.entity';
import {
  addressOf,
  dateFormats,
  describePlace,
  formatWhen,
  layoutMail,
  sessionLink,
  type MailContent,
  type RenderedMail,
} from './mail.render';
import type { MessageKind, MessageToRender, Queryable } from './message-kind';

/**
 * The messages about a registration for a session. Their payload names the session; its title,
 * time and place are loaded when the message is rendered (so mail sent after a change says the
 * current time and place). All are PERSONAL: enrolment is sensitive, only the recipient reads them.
 */

/** Time and place of a session, as SESSION_CHANGED records them before and after. */
export interface SessionPlace {
  startsAt: string;
  endsAt: string;
  venueId: string | null;
  onlineUrl: string | null;
}

interface AboutRegistration {
  sessionId: string;
  registrationId: string;
}

export interface SessionMessagePayloads {
  /** A registration was confirmed; `registeredBy` when a coordinator registered a colleague. */
  REGISTERED: AboutRegistration & { registeredBy?: string };
  /** A registration went to the waitlist, at `waitlistPosition`. */
  WAITLISTED: AboutRegistration & { registeredBy?: string; waitlistPosition: number };
  /** A waitlisted registration got a seat. */
  PROMOTED: AboutRegistration;
  /** The session was cancelled, or someone else cancelled the recipient's registration. */
  CANCELLED_BY_STAFF: AboutRegistration & {
    cause: 'SESSION_CANCELLED' | 'REGISTRATION_CANCELLED';
    cancelledBy: string;
  };
  /** Time or place changed; to every confirmed and waitlisted registrant. */
  SESSION_CHANGED: AboutRegistration & { previous: SessionPlace; current: SessionPlace };
  /** The day-before reminder of a confirmed registration (enqueued by reminders.ts). */
  REMINDER: AboutRegistration;
}

interface SessionFacts {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  sequence: number;
  location: string;
  onlineUrl: string | null;
}

interface SessionRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: SessionStatus;
  sequence: number;
  online_url: string | null;
  venue_name: string | null;
  venue_room: string | null;
  venue_address: string | null;
}

async function loadSessions(db: Queryable, ids: string[]): Promise<Map<string, SessionFacts>> {
  const rows = await db.query<SessionRow[]>(
    `SELECT s.id, a.title, s.starts_at, s.ends_at, s.status, s.sequence, s.online_url,
            v.name AS venue_name, v.room AS venue_room, v.address AS venue_address
       FROM sessions s
       JOIN learning_activities a ON a.id = s.activity_id
       LEFT JOIN venues v ON v.id = s.venue_id
      WHERE s.id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(
    rows.map((r) => {
      const venue =
        r.venue_name !== null ? { name: r.venue_name, room: r.venue_room ?? '', address: r.venue_address ?? '' } : null;
      return [
        r.id,
        {
          id: r.id,
          title: r.title,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          status: r.status,
          sequence: r.sequence,
          location: describePlace(venue, r.online_url),
          onlineUrl: r.online_url,
        },
      ];
    }),
  );
}

const T = {
  nl: { when: 'Wanneer', where: 'Waar', timeZone: '(Nederlandse tijd)', link: 'Bekijk de bijeenkomst in Rode Draad' },
  en: { when: 'When', where: 'Where', timeZone: '(Amsterdam time)', link: 'View the session in Rode Draad' },
} as const;

type Words<P> = (session: SessionFacts, payload: P, locale: Locale) => Pick<MailContent, 'subject' | 'lines'>;

/**
 * A session kind: its words, and whether it carries an .ics (an invitation, or a cancellation when
 * the kind or the session says so).
 */
function sessionKind<P extends AboutRegistration>(
  parseMore: (payload: Record<string, unknown>) => Omit<P, keyof AboutRegistration> | null,
  words: Words<P>,
  calendar: 'NONE' | 'REQUEST' | 'CANCEL',
): MessageKind<P> {
  return {
    confidentiality: 'PERSONAL',
    parse(payload) {
      const { sessionId, registrationId } = payload;
      if (typeof sessionId !== 'string' || !isUuid(sessionId) || typeof registrationId !== 'string') {
        return null;
      }
      const more = parseMore(payload);
      return more ? ({ ...more, sessionId, registrationId } as P) : null;
    },
    async render(db, messages, settings, now) {
      const sessions = await loadSessions(
        db,
        messages.map((m) => m.payload.sessionId),
      );
      return messages.map((m) => {
        const session = sessions.get(m.payload.sessionId);
        return session ? renderAboutSession(m, session, words, calendar, settings, now) : null;
      });
    },
  };
}

function renderAboutSession<P>(
  message: MessageToRender<P>,
  session: SessionFacts,
  words: Words<P>,
  calendar: 'NONE' | 'REQUEST' | 'CANCEL',
  settings: { publicUrl: string; from: string },
  now: Date,
): RenderedMail {
  const { recipient } = message;
  const t = T[recipient.locale];
  const link = sessionLink(settings.publicUrl, session.id);
  const mail: RenderedMail = {
    ...layoutMail(recipient, {
      ...words(session, message.payload, recipient.locale),
      details: [
        [t.when, `${formatWhen(recipient.locale, session.startsAt, session.endsAt)} ${t.timeZone}`],
        [t.where, session.location],
      ],
      link: { label: t.link, url: link },
    }),
    appPath: `/sessions/${encodeURIComponent(session.id)}`,
  };
  if (calendar !== 'NONE') {
    const method = calendar === 'CANCEL' || session.status === 'CANCELLED' ? 'CANCEL' : 'REQUEST';
    mail.calendar = {
      method,
      content: buildCalendar(
        [
          {
            sessionId: session.id,
            sequence: session.sequence,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            summary: session.title,
            location: session.location,
            description: `${t.link}: ${link}`,
            url: link,
            status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
            organizer: { email: addressOf(settings.from), name: 'Rode Draad' },
            attendee: { email: recipient.email, name: recipient.name },
          },
        ],
        { method, now },
      ),
    };
  }
  return mail;
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isPlace = (value: unknown): value is SessionPlace =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SessionPlace).startsAt === 'string' &&
  typeof (value as SessionPlace).endsAt === 'string';

export const SESSION_MESSAGE_KINDS: { [K in keyof SessionMessagePayloads]: MessageKind<SessionMessagePayloads[K]> } = {
  REGISTERED: sessionKind<SessionMessagePayloads['REGISTERED']>(
    (p) => ({ registeredBy: optionalString(p.registeredBy) }),
    ({ title }, _p, locale) =>
      locale === 'nl'
        ? { subject: `Ingeschreven: ${title}`, lines: [`Je bent ingeschreven voor ${title}.`] }
        : { subject: `Registration confirmed: ${title}`, lines: [`You are registered for ${title}.`] },
    'REQUEST',
  ),
  WAITLISTED: sessionKind<SessionMessagePayloads['WAITLISTED']>(
    (p) =>
      typeof p.waitlistPosition === 'number'
        ? { waitlistPosition: p.waitlistPosition, registeredBy: optionalString(p.registeredBy) }
        : null,
    ({ title }, { waitlistPosition: position }, locale) =>
      locale === 'nl'
        ? {
            subject: `Op de wachtlijst: ${title}`,
            lines: [
              `${title} is vol. Je staat op de wachtlijst (plaats ${position}).`,
              'Komt er een plaats vrij, dan krijg je die automatisch en laten we het je weten.',
            ],
          }
        : {
            subject: `On the waitlist: ${title}`,
            lines: [
              `${title} is full. You are on the waitlist (position ${position}).`,
              'If a seat opens up, it is yours automatically and we will let you know.',
            ],
          },
    'NONE',
  ),
  PROMOTED: sessionKind<SessionMessagePayloads['PROMOTED']>(
    () => ({}),
    ({ title }, _p, locale) =>
      locale === 'nl'
        ? {
            subject: `Er is een plaats vrij: je bent ingeschreven voor ${title}`,
            lines: [`Er is een plaats vrijgekomen. Je bent nu ingeschreven voor ${title}.`],
          }
        : {
            subject: `A seat opened up: you are registered for ${title}`,
            lines: [`A seat opened up. You are now registered for ${title}.`],
          },
    'REQUEST',
  ),
  CANCELLED_BY_STAFF: sessionKind<SessionMessagePayloads['CANCELLED_BY_STAFF']>(
    (p) =>
      (p.cause === 'SESSION_CANCELLED' || p.cause === 'REGISTRATION_CANCELLED') && typeof p.cancelledBy === 'string'
        ? { cause: p.cause, cancelledBy: p.cancelledBy }
        : null,
    ({ title }, { cause }, locale) => {
      if (cause === 'REGISTRATION_CANCELLED') {
        return locale === 'nl'
          ? {
              subject: `Inschrijving geannuleerd: ${title}`,
              lines: [`Je inschrijving voor ${title} is geannuleerd door je coördinator of het programmateam.`],
            }
          : {
              subject: `Registration cancelled: ${title}`,
              lines: [`Your registration for ${title} was cancelled by your coordinator or the programme team.`],
            };
      }
      return locale === 'nl'
        ? { subject: `Geannuleerd: ${title}`, lines: [`${title} gaat niet door: de bijeenkomst is geannuleerd.`] }
        : { subject: `Cancelled: ${title}`, lines: [`${title} will not take place: the session has been cancelled.`] };
    },
    'CANCEL',
  ),
  SESSION_CHANGED: sessionKind<SessionMessagePayloads['SESSION_CHANGED']>(
    (p) => (isPlace(p.previous) && isPlace(p.current) ? { previous: p.previous, current: p.current } : null),
    (session, { previous }, locale) => {
      const changedTime = new Date(previous.startsAt).getTime() !== session.startsAt.getTime();
      const was = changedTime ? formatWhen(locale, new Date(previous.startsAt), new Date(previous.endsAt)) : null;
      return locale === 'nl'
        ? {
            subject: `Gewijzigd: ${session.title}`,
            lines: [
              `De tijd of plaats van ${session.title} is gewijzigd. Hieronder staan de nieuwe gegevens.`,
              ...(was ? [`Eerder: ${was}`] : []),
            ],
          }
        : {
            subject: `Changed: ${session.title}`,
            lines: [
              `The time or place of ${session.title} has changed. The new details are below.`,
              ...(was ? [`Previously: ${was}`] : []),
            ],
          };
    },
    'REQUEST',
  ),
  REMINDER: sessionKind<SessionMessagePayloads['REMINDER']>(
    () => ({}),
    ({ title, startsAt }, _p, locale) => {
      const day = dateFormats[locale].format(startsAt);
      return locale === 'nl'
        ? {
            subject: `Herinnering: ${title} op ${day}`,
            lines: [`Een herinnering: je bent ingeschreven voor ${title}.`],
          }
        : { subject: `Reminder: ${title} on ${day}`, lines: [`A reminder: you are registered for ${title}.`] };
    },
    'NONE',
  ),
};
