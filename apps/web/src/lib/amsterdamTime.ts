import { dateTimeFormat } from './dateFormat';

/** Sessions are planned and shown in the programme's own time zone, whatever the browser's. */
export const PROGRAMME_TIME_ZONE = 'Europe/Amsterdam';

const PARTS = dateTimeFormat('en-GB', {
  timeZone: PROGRAMME_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock date ('YYYY-MM-DD') and time ('HH:mm') in Amsterdam of a UTC instant. */
export function toAmsterdamParts(iso: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(utcMs: number): number {
  const { date, time } = toAmsterdamParts(new Date(utcMs));
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return Math.round((Date.UTC(y, m - 1, d, h, min) - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The UTC instant (ISO) of a wall-clock date and time in Amsterdam, or null when either is not a
 * valid value. In the autumn hour that happens twice the earlier (summer-time) one is taken; a time
 * in the skipped spring hour moves forward by the hour, as clocks do.
 */
export function amsterdamToUtc(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) {
    return null;
  }
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) {
    return null;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) {
    return null; // e.g. 31 April
  }
  // Try summer time first, so an ambiguous autumn time resolves to the earlier instant.
  for (const offset of [120, 60]) {
    const candidate = wall - offset * 60_000;
    if (offsetMinutes(candidate) === offset) {
      return new Date(candidate).toISOString();
    }
  }
  // Skipped by the spring change: read it with the winter offset, which lands an hour later.
  return new Date(wall - 60 * 60_000).toISOString();
}

/** "di 4 mrt 2025" / "Tue 4 Mar 2025". */
export function formatAmsterdamDate(iso: string, locale: string): string {
  return dateTimeFormat(locale, {
    timeZone: PROGRAMME_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(iso));
}

export function formatAmsterdamTime(iso: string, locale: string): string {
  return dateTimeFormat(locale, {
    timeZone: PROGRAMME_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "di 4 mrt 2025, 09:30–12:30": a session's time as planners read it. */
export function formatAmsterdamRange(startsAt: string, endsAt: string, locale: string): string {
  const start = toAmsterdamParts(startsAt);
  const end = toAmsterdamParts(endsAt);
  const endText =
    start.date === end.date
      ? formatAmsterdamTime(endsAt, locale)
      : `${formatAmsterdamDate(endsAt, locale)} ${formatAmsterdamTime(endsAt, locale)}`;
  return `${formatAmsterdamDate(startsAt, locale)}, ${formatAmsterdamTime(startsAt, locale)}–${endText}`;
}
