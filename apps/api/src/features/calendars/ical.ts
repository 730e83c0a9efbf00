import { SESSION_TIME_ZONE } from '../sessions/session.entity';

/**
 * A small iCalendar (RFC 5545) writer for sessions: text escaping, line folding at 75 octets,
 * times in Europe/Amsterdam with its VTIMEZONE, CRLF line ends. Used by the subscription feeds and
 * by the .ics attached to e-mails, so both give a session the same UID and SEQUENCE.
 */

export const PRODID = '-//Rode Draad//Leerprogramma//NL';

export interface CalendarEvent {
  sessionId: string;
  /** The UID when the event is not a session (a peer group's meeting); else the session's. */
  uid?: string;
  /** The session's calendar SEQUENCE (sessions.sequence). */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Last change of the session; DTSTAMP when given, else now. */
  updatedAt?: Date;
  organizer?: { email: string; name?: string };
  attendee?: { email: string; name?: string };
}

/** Stable across feeds, mails and time: calendar apps match updates and cancellations on it. */
export const sessionUid = (sessionId: string) => `session-${sessionId}@rodedraad`;
export const peerMeetingUid = (meetingId: string) => `peer-meeting-${meetingId}@rodedraad`;

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=...): quoted, without the characters a quoted value may not hold. */
function paramValue(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1), continuation lines starting
 * with a space, never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines 74 plus the leading space.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const localParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: SESSION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Local date-time in Europe/Amsterdam, e.g. 20250304T090000, for DTSTART;TZID=... */
export function formatLocal(date: Date): string {
  const parts = Object.fromEntries(localParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

/** UTC date-time, e.g. 20250304T080000Z, for DTSTAMP. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Europe/Amsterdam since 1996 (EU rules): CEST from the last Sunday of March 02:00, CET from the
 * last Sunday of October 03:00. Calendar apps need it to place TZID times without guessing.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${SESSION_TIME_ZONE}`,
  `X-LIC-LOCATION:${SESSION_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: CalendarEvent, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid ?? sessionUid(event.sessionId)}`,
    `DTSTAMP:${formatUtc(event.updatedAt ?? now)}`,
    `DTSTART;TZID=${SESSION_TIME_ZONE}:${formatLocal(event.startsAt)}`,
    `DTEND;TZID=${SESSION_TIME_ZONE}:${formatLocal(event.endsAt)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) {
    lines.push(`LOCATION:${escapeText(event.location)}`);
  }
  if (event.description) {
    lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  }
  if (event.url) {
    // URI values are not TEXT: no escaping, but no line breaks either.
    lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  }
  if (event.organizer) {
    const cn = event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : '';
    lines.push(`ORGANIZER${cn}:mailto:${event.organizer.email}`);
  }
  if (event.attendee) {
    const cn = event.attendee.name ? `;CN=${paramValue(event.attendee.name)}` : '';
    lines.push(`ATTENDEE${cn};ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${event.attendee.email}`);
  }
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/**
 * A complete VCALENDAR. `method` is set for iTIP messages in e-mail (REQUEST, CANCEL) and left out
 * for subscription feeds, which are plain published calendars.
 */
export function buildCalendar(
  events: CalendarEvent[],
  options: { name?: string; method?: 'REQUEST' | 'CANCEL' | 'PUBLISH'; now?: Date } = {},
): string {
  const now = options.now ?? new Date();
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN'];
  if (options.method) {
    lines.push(`METHOD:${options.method}`);
  }
  if (options.name) {
    lines.push(`X-WR-CALNAME:${escapeText(options.name)}`, `X-WR-TIMEZONE:${SESSION_TIME_ZONE}`);
  }
  lines.push(...VTIMEZONE);
  for (const event of events) {
    lines.push(...eventLines(event, now));
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
