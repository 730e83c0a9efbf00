import type { Locale } from '@rode-draad/shared';
import { SESSION_TIME_ZONE } from '../sessions/session.entity';

/**
 * What every message kind shares: the rendered result, the recipient, dates in Amsterdam time and
 * one plain layout (greeting, lines, details, link, footer) as text and HTML. The words of each
 * kind live with the kind (e.g. session-messages.ts).
 */

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** An iTIP .ics attachment, e.g. for registrations, promotions, changes and cancellations. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** Where the message leads in the web app (e.g. `/sessions/<id>`), for the recipient's in-app copy. */
  appPath?: string;
}

export interface Recipient {
  /** The account, or null for a message to an address (an invitation to someone without an account). */
  userId: string | null;
  name: string;
  email: string;
  locale: Locale;
}

export interface MailSettings {
  publicUrl: string;
  /** The sender, e.g. "Rode Draad <noreply@example.org>": the calendar ORGANIZER. */
  from: string;
  /** The key that turns invitation ids into link tokens (config `mail.linkSecret`); without it no invitation can be written. */
  linkSecret?: string;
}

export const sessionLink = (publicUrl: string, sessionId: string) =>
  `${publicUrl}/sessions/${encodeURIComponent(sessionId)}`;

/** "venue name, room, address" and/or the online link: what LOCATION and the mail say. */
export function describePlace(
  venue: { name: string; room: string; address: string } | null,
  onlineUrl: string | null,
): string {
  const parts: string[] = [];
  if (venue) {
    parts.push([venue.name, venue.room, venue.address].filter((p) => p.trim()).join(', '));
  }
  if (onlineUrl) {
    parts.push(onlineUrl);
  }
  return parts.join(' / ');
}

export const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    timeZone: SESSION_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: SESSION_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
};
const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: SESSION_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** E.g. "woensdag 1 juli 2026, 09:30–12:00", in Europe/Amsterdam whatever the server's zone. */
export function formatWhen(locale: Locale, startsAt: Date, endsAt: Date): string {
  const startDay = dateFormats[locale].format(startsAt);
  const endDay = dateFormats[locale].format(endsAt);
  return startDay === endDay
    ? `${startDay}, ${timeFormat.format(startsAt)}–${timeFormat.format(endsAt)}`
    : `${startDay}, ${timeFormat.format(startsAt)} – ${endDay}, ${timeFormat.format(endsAt)}`;
}

const T = {
  nl: {
    greeting: (name: string) => `Beste ${name},`,
    footer: 'Dit bericht is automatisch verstuurd door Rode Draad, het leerprogramma Weerbaar Twente.',
  },
  en: {
    greeting: (name: string) => `Dear ${name},`,
    footer: 'This message was sent automatically by Rode Draad, the Weerbaar Twente learning programme.',
  },
} as const;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The address inside "Name <address>", or the value itself. */
export function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** One message's words: subject, paragraphs, labelled details and a link, in the recipient's language. */
export interface MailContent {
  subject: string;
  lines: string[];
  details?: [label: string, value: string][];
  link?: { label: string; url: string };
}

/** The plain layout every kind uses: greeting, lines, details, link and footer, as text and simple HTML. */
export function layoutMail(
  recipient: Recipient,
  content: MailContent,
): Pick<RenderedMail, 'subject' | 'text' | 'html'> {
  const t = T[recipient.locale];
  const { subject, lines, details = [], link } = content;
  const text = [
    t.greeting(recipient.name),
    '',
    ...lines,
    '',
    ...(details.length ? [...details.map(([k, v]) => `${k}: ${v}`), ''] : []),
    ...(link ? [`${link.label}: ${link.url}`, ''] : []),
    '-- ',
    t.footer,
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${recipient.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(t.greeting(recipient.name))}</p>`,
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    ...(details.length
      ? [
          '<table role="presentation">',
          ...details.map(
            ([k, v]) =>
              `<tr><th align="left" style="padding-right: 1em">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`,
          ),
          '</table>',
        ]
      : []),
    ...(link ? [`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`] : []),
    `<p style="color: #555; font-size: 0.9em">${escapeHtml(t.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
