/** Sessions are planned in Amsterdam; the API speaks UTC. These helpers do the calendar arithmetic in that zone. */
export const TIME_ZONE = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function zonedParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const values = Object.fromEntries(
    partsFormat.formatToParts(instant).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  );
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Minutes Amsterdam is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const p = zonedParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** A calendar day, independent of time zones: "2025-03-04". */
export type DayKey = string;

export function dayKey(year: number, month: number, day: number): DayKey {
  // Date.UTC normalises overflow (day 32, month 13), so callers can step freely.
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.toISOString().slice(0, 10);
}

export function parseDayKey(key: string | null | undefined): DayKey | null {
  if (!key || !/^\d{4}-\d{2}-\d{2}$/.test(key)) {
    return null;
  }
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return dayKey(y, m, d) === key ? key : null;
}

/** The Amsterdam day an instant falls on. */
export function zonedDayKey(instant: Date | string): DayKey {
  const p = zonedParts(new Date(instant));
  return dayKey(p.year, p.month, p.day);
}

/** The instant Amsterdam's day starts (midnight local time), as a Date. */
export function startOfZonedDay(key: DayKey): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetMinutes(new Date(guess)) * 60_000;
  // Around a DST change the offset at the guess can differ from the one at the answer.
  return new Date(guess - offsetMinutes(new Date(first)) * 60_000);
}

export function addDays(key: DayKey, days: number): DayKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return dayKey(y, m, d + days);
}

export function addMonths(key: DayKey, months: number): DayKey {
  const [y, m] = key.split('-').map(Number) as [number, number, number];
  return dayKey(y, m + months, 1);
}

/** 0 = Monday … 6 = Sunday: Dutch weeks start on Monday. */
export function weekdayIndex(key: DayKey): number {
  const day = new Date(`${key}T00:00:00Z`).getUTCDay();
  return (day + 6) % 7;
}

export function startOfWeek(key: DayKey): DayKey {
  return addDays(key, -weekdayIndex(key));
}

export function startOfMonth(key: DayKey): DayKey {
  return `${key.slice(0, 7)}-01`;
}

/** The weeks (Monday to Sunday) that show a month, as rows of seven days. */
export function monthGrid(key: DayKey): DayKey[][] {
  const first = startOfMonth(key);
  const next = addMonths(first, 1);
  const weeks: DayKey[][] = [];
  for (let start = startOfWeek(first); start < next; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  }
  return weeks;
}

export function todayKey(now = new Date()): DayKey {
  return zonedDayKey(now);
}
