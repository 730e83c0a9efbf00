/** Sessions are planned in the programme's own time zone, whatever the server's or the browser's. */
export const PLANNING_TIME_ZONE = 'Europe/Amsterdam';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: PLANNING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Amsterdam wall-clock date ('YYYY-MM-DD') and time ('HH:mm') of an instant. */
export function amsterdamWallClockOf(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(utcMs: number): number {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(utcMs)).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute);
  return Math.round((wall - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** A calendar date 'YYYY-MM-DD' as its parts, or null when it is no real date (e.g. 31 April). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const d = DATE.exec(date);
  if (!d) {
    return null;
  }
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? { year, month, day }
    : null;
}

/** A wall-clock time 'HH:mm' (00:00–23:59) as minutes after midnight, or null. */
export function parseWallTime(time: string): number | null {
  const t = TIME.exec(time);
  if (!t) {
    return null;
  }
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  return hour <= 23 && minute <= 59 ? hour * 60 + minute : null;
}

/**
 * The UTC instant of a wall-clock date and time in Amsterdam, or null when either is not valid.
 * As RFC 5545 reads local times: in the autumn hour that happens twice the first (summer-time)
 * one is taken; a time in the skipped spring hour is read with the winter offset, an hour later.
 */
export function amsterdamWallClockToUtc(date: string, time: string): Date | null {
  const d = parseIsoDate(date);
  const minutes = parseWallTime(time);
  if (!d || minutes === null) {
    return null;
  }
  const wall = Date.UTC(d.year, d.month - 1, d.day) + minutes * 60_000;
  for (const offset of [120, 60]) {
    const candidate = wall - offset * 60_000;
    if (offsetMinutes(candidate) === offset) {
      return new Date(candidate);
    }
  }
  return new Date(wall - 60 * 60_000);
}
