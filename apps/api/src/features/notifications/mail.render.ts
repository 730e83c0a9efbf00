import type { Locale } from '@rode-draad/shared';
import { buildCalendar } from '../calendars/ical';
import { SESSION_TIME_ZONE, type SessionStatus } from '../sessions/session.entity';
import type { NotificationKind } from './outbox';
import type { RoleGrantKind } from './role-grant.mail';

/** Everything an e-mail about one outbox row says; loaded by mail-context.ts. */
/** Everything an e-mail about a session says (role grant mail: role-grant.mail.ts). */
export interface MailContext {
  kind: Exclude<NotificationKind, RoleGrantKind>;
  payload: Record<string, unknown>;
  recipient: { name: string; email: string; locale: Locale };
  session: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    status: SessionStatus;
    sequence: number;
    location: string;
    onlineUrl: string | null;
  };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** An iTIP .ics for registrations, promotions, changes and cancellations. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

export interface MailSettings {
  publicUrl: string;
  /** The sender, e.g. "Rode Draad <noreply@example.org>": the calendar ORGANIZER. */
  from: string;
}

export const sessionLink = (publicUrl: string, sessionId: string) => `${publicUrl}/sessions/${encodeURIComponent(sessionId)}`;

/** "venue name, room, address" and/or the online link: what LOCATION and the mail say. */
export function describePlace(venue: { name: string; room: string; address: string } | null, onlineUrl: string | null): string {
  const parts: string[] = [];
  if (venue) {
    parts.push([venue.name, venue.room, venue.address].filter((p) => p.trim()).join(', '));
  }
  if (onlineUrl) {
    parts.push(onlineUrl);
  }
  return parts.join(' / ');
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: SESSION_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: SESSION_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
};
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: SESSION_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** E.g. "woensdag 1 juli 2026, 09:30–12:00", in Europe/Amsterdam whatever the server's zone. */
export function formatWhen(locale: Locale, startsAt: Date, endsAt: Date): string {
  const startDay = dateFormats[locale].format(startsAt);
  const endDay = dateFormats[locale].format(endsAt);
  return startDay === endDay
    ? `${startDay}, ${timeFormat.format(startsAt)}–${timeFormat.format(endsAt)}`
    : `${startDay}, ${timeFormat.format(startsAt)} – ${endDay}, ${timeFormat.format(endsAt)}`;
}

interface Texts {
  subject: string;
  lines: string[];
}

const T = {
  nl: {
    greeting: (name: string) => `Beste ${name},`,
    when: 'Wanneer',
    where: 'Waar',
    timeZone: '(Nederlandse tijd)',
    link: 'Bekijk de bijeenkomst in Rode Draad',
    footer: 'Dit bericht is automatisch verstuurd door Rode Draad, het leerprogramma Weerbaar Twente.',
  },
  en: {
    greeting: (name: string) => `Dear ${name},`,
    when: 'When',
    where: 'Where',
    timeZone: '(Amsterdam time)',
    link: 'View the session in Rode Draad',
    footer: 'This message was sent automatically by Rode Draad, the Weerbaar Twente learning programme.',
  },
} as const;

function texts(ctx: MailContext): Texts {
  const { title } = ctx.session;
  const nl = ctx.recipient.locale === 'nl';
  switch (ctx.kind) {
    case 'REGISTERED':
      return nl
        ? { subject: `Aanmelding bevestigd: ${title}`, lines: [`U bent aangemeld voor ${title}.`] }
        : { subject: `Registration confirmed: ${title}`, lines: [`You are registered for ${title}.`] };
    case 'WAITLISTED': {
      const position = typeof ctx.payload.waitlistPosition === 'number' ? ctx.payload.waitlistPosition : null;
      return nl
        ? {
            subject: `Op de wachtlijst: ${title}`,
            lines: [
              `${title} is vol. U staat op de wachtlijst${position ? ` (plaats ${position})` : ''}.`,
              'Komt er een plek vrij, dan krijgt u die automatisch en ontvangt u bericht.',
            ],
          }
        : {
            subject: `On the waitlist: ${title}`,
            lines: [
              `${title} is full. You are on the waitlist${position ? ` (position ${position})` : ''}.`,
              'If a seat opens up, it is yours automatically and we will let you know.',
            ],
          };
    }
    case 'PROMOTED':
      return nl
        ? { subject: `Er is een plek vrij: u bent aangemeld voor ${title}`, lines: [`Er is een plek vrijgekomen. U bent nu aangemeld voor ${title}.`] }
        : { subject: `A seat opened up: you are registered for ${title}`, lines: [`A seat opened up. You are now registered for ${title}.`] };
    case 'CANCELLED_BY_STAFF':
      if (ctx.payload.cause === 'REGISTRATION_CANCELLED') {
        return nl
          ? { subject: `Aanmelding geannuleerd: ${title}`, lines: [`Uw aanmelding voor ${title} is geannuleerd door de coördinator of de programmaorganisatie.`] }
          : { subject: `Registration cancelled: ${title}`, lines: [`Your registration for ${title} was cancelled by your coordinator or the programme team.`] };
      }
      return nl
        ? { subject: `Geannuleerd: ${title}`, lines: [`${title} gaat niet door: de bijeenkomst is geannuleerd.`] }
        : { subject: `Cancelled: ${title}`, lines: [`${title} will not take place: the session has been cancelled.`] };
    case 'SESSION_CHANGED': {
      const previous = ctx.payload.previous as { startsAt?: string; endsAt?: string } | undefined;
      const wasWhen =
        previous?.startsAt && previous.endsAt ? formatWhen(ctx.recipient.locale, new Date(previous.startsAt), new Date(previous.endsAt)) : null;
      const changedTime = previous?.startsAt !== undefined && new Date(previous.startsAt ?? 0).getTime() !== ctx.session.startsAt.getTime();
      return nl
        ? {
            subject: `Gewijzigd: ${title}`,
            lines: [`De tijd of plaats van ${title} is gewijzigd. Hieronder staan de nieuwe gegevens.`, ...(changedTime && wasWhen ? [`Eerder: ${wasWhen}`] : [])],
          }
        : {
            subject: `Changed: ${title}`,
            lines: [`The time or place of ${title} has changed. The new details are below.`, ...(changedTime && wasWhen ? [`Previously: ${wasWhen}`] : [])],
          };
    }
    case 'REMINDER': {
      const day = dateFormats[ctx.recipient.locale].format(ctx.session.startsAt);
      return nl
        ? { subject: `Herinnering: ${title} op ${day}`, lines: [`Een herinnering: u bent aangemeld voor ${title}.`] }
        : { subject: `Reminder: ${title} on ${day}`, lines: [`A reminder: you are registered for ${title}.`] };
    }
  }
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The address inside "Name <address>", or the value itself. */
export function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

const CALENDAR_KINDS: ReadonlySet<MailContext['kind']> = new Set(['REGISTERED', 'PROMOTED', 'SESSION_CHANGED', 'CANCELLED_BY_STAFF']);

/** The e-mail for one outbox row, in the recipient's language: subject, plain text, simple HTML and the .ics. */
export function renderMail(ctx: MailContext, settings: MailSettings, now = new Date()): RenderedMail {
  const t = T[ctx.recipient.locale];
  const { subject, lines } = texts(ctx);
  const when = `${formatWhen(ctx.recipient.locale, ctx.session.startsAt, ctx.session.endsAt)} ${t.timeZone}`;
  const link = sessionLink(settings.publicUrl, ctx.session.id);
  const details: [string, string][] = [
    [t.when, when],
    [t.where, ctx.session.location],
  ];
  const text = [
    t.greeting(ctx.recipient.name),
    '',
    ...lines,
    '',
    ...details.map(([k, v]) => `${k}: ${v}`),
    '',
    `${t.link}: ${link}`,
    '',
    '-- ',
    t.footer,
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${ctx.recipient.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(t.greeting(ctx.recipient.name))}</p>`,
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    '<table role="presentation">',
    ...details.map(([k, v]) => `<tr><th align="left" style="padding-right: 1em">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`),
    '</table>',
    `<p><a href="${escapeHtml(link)}">${escapeHtml(t.link)}</a></p>`,
    `<p style="color: #555; font-size: 0.9em">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('\n');

  const mail: RenderedMail = { subject, text, html };
  if (CALENDAR_KINDS.has(ctx.kind)) {
    const cancel = ctx.kind === 'CANCELLED_BY_STAFF' || ctx.session.status === 'CANCELLED';
    const method = cancel ? 'CANCEL' : 'REQUEST';
    mail.calendar = {
      method,
      content: buildCalendar(
        [
          {
            sessionId: ctx.session.id,
            sequence: ctx.session.sequence,
            startsAt: ctx.session.startsAt,
            endsAt: ctx.session.endsAt,
            summary: ctx.session.title,
            location: ctx.session.location,
            description: `${t.link}: ${link}`,
            url: link,
            status: cancel ? 'CANCELLED' : 'CONFIRMED',
            organizer: { email: addressOf(settings.from), name: 'Rode Draad' },
            attendee: { email: ctx.recipient.email, name: ctx.recipient.name },
          },
        ],
        { method, now },
      ),
    };
  }
  return mail;
}
