import { amsterdamToUtc, PROGRAMME_TIME_ZONE, toAmsterdamParts } from '../../lib/amsterdamTime';

/** Calendar days as zone-free keys ("2025-03-04"), and the Amsterdam instants they start at. */
export const TIME_ZONE = PROGRAMME_TIME_ZONE;

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
  return toAmsterdamParts(instant).date;
}

/** The instant Amsterdam's day starts (midnight local time). */
export function startOfZonedDay(key: DayKey): Date {
  return new Date(amsterdamToUtc(key, '00:00') ?? `${key}T00:00:00Z`);
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
