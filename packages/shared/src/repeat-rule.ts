import { amsterdamWallClockToUtc, parseIsoDate, parseWallTime } from './amsterdam-time';

/** Sessions planned in one go, one by one or from a repeat rule; the API refuses more. */
export const SESSION_SERIES_MAX = 50;
/** "Every n weeks" / "every n months": n from 1 to this. */
export const REPEAT_INTERVAL_MAX = 12;
/** Every date of a series lies within this many years of its first date. */
export const REPEAT_HORIZON_YEARS = 5;

export const REPEAT_FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
export type RepeatFrequency = (typeof REPEAT_FREQUENCIES)[number];

/** Which of a month's weekdays: the 1st to the 5th, or -1 for the last one. */
export const WEEKS_OF_MONTH = [1, 2, 3, 4, 5, -1] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

/**
 * A repeat rule in Amsterdam calendar dates. WEEKLY: the weekday of firstDate, every `interval`
 * weeks. MONTHLY: the `weekOfMonth`-th weekday of firstDate's kind (e.g. the 2nd Tuesday) every
 * `interval` months, from firstDate's month; a month without that weekday (a 5th Tuesday) is
 * skipped and not counted. Dates before firstDate are never generated. It ends on `until`
 * (inclusive) or after `count` dates: exactly one of the two.
 */
export interface RepeatRule {
  firstDate: string;
  frequency: RepeatFrequency;
  interval: number;
  weekOfMonth?: number | null;
  until?: string | null;
  count?: number | null;
}

export type RepeatField = 'firstDate' | 'interval' | 'weekOfMonth' | 'until' | 'count' | 'startTime' | 'endTime';
export type RepeatReason =
  | 'INVALID_DATE'
  | 'INVALID_TIME'
  | 'OUT_OF_RANGE'
  | 'ENDS_BEFORE_START'
  | 'UNTIL_BEFORE_START'
  | 'SERIES_END_REQUIRED'
  | 'SERIES_TOO_MANY'
  | 'SERIES_TOO_LONG'
  | 'SERIES_EMPTY';
export interface RepeatProblem {
  field: RepeatField;
  reason: RepeatReason;
}
export type RepeatResult<T> = { ok: true; value: T } | { ok: false; problem: RepeatProblem };

export interface Occurrence {
  /** The Amsterdam calendar date, 'YYYY-MM-DD'. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

const DAY_MS = 86_400_000;
const toMs = (date: string) => {
  const d = parseIsoDate(date)!;
  return Date.UTC(d.year, d.month - 1, d.day);
};
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fail = <T>(field: RepeatField, reason: RepeatReason): RepeatResult<T> => ({
  ok: false,
  problem: { field, reason },
});

/** Which of its month's weekdays a date is (2 for the 2nd Tuesday), and whether it is the last one. */
export function weekOfMonthOf(date: string): { nth: number; last: boolean } {
  const d = parseIsoDate(date);
  if (!d) {
    throw new Error(`weekOfMonthOf needs a date, got "${date}"`);
  }
  const daysInMonth = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return { nth: Math.ceil(d.day / 7), last: d.day + 7 > daysInMonth };
}

/** The `week`-th weekday (0 = Sunday) of a month, or null when the month has no such day. */
function weekdayOfMonth(year: number, monthIndex: number, weekday: number, week: WeekOfMonth): number | null {
  const first = Date.UTC(year, monthIndex, 1);
  const daysInMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const firstMatch = 1 + ((weekday - new Date(first).getUTCDay() + 7) % 7);
  const day = week === -1 ? firstMatch + 7 * Math.floor((daysInMonth - firstMatch) / 7) : firstMatch + 7 * (week - 1);
  return day <= daysInMonth ? Date.UTC(year, monthIndex, day) : null;
}

function checkRule(rule: RepeatRule): RepeatProblem | null {
  if (!parseIsoDate(rule.firstDate)) {
    return { field: 'firstDate', reason: 'INVALID_DATE' };
  }
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > REPEAT_INTERVAL_MAX) {
    return { field: 'interval', reason: 'OUT_OF_RANGE' };
  }
  if (rule.frequency === 'MONTHLY' && !WEEKS_OF_MONTH.some((w) => w === rule.weekOfMonth)) {
    return { field: 'weekOfMonth', reason: 'OUT_OF_RANGE' };
  }
  const hasUntil = rule.until !== null && rule.until !== undefined && rule.until !== '';
  const hasCount = rule.count !== null && rule.count !== undefined;
  if (hasUntil === hasCount) {
    return { field: 'until', reason: 'SERIES_END_REQUIRED' };
  }
  if (hasUntil) {
    if (!parseIsoDate(rule.until!)) {
      return { field: 'until', reason: 'INVALID_DATE' };
    }
    if (rule.until! < rule.firstDate) {
      return { field: 'until', reason: 'UNTIL_BEFORE_START' };
    }
    if (rule.until! > horizonOf(rule.firstDate)) {
      return { field: 'until', reason: 'SERIES_TOO_LONG' };
    }
  } else if (!Number.isInteger(rule.count) || rule.count! < 1) {
    return { field: 'count', reason: 'OUT_OF_RANGE' };
  } else if (rule.count! > SESSION_SERIES_MAX) {
    return { field: 'count', reason: 'SERIES_TOO_MANY' };
  }
  return null;
}

/** The last date a series starting on `firstDate` may reach. */
export function horizonOf(firstDate: string): string {
  const d = parseIsoDate(firstDate)!;
  return toIso(Date.UTC(d.year + REPEAT_HORIZON_YEARS, d.month - 1, d.day));
}

/**
 * The calendar dates of a rule, in order; refused with the field and reason to show when the rule
 * is invalid, yields nothing, more than SESSION_SERIES_MAX dates or reaches past the horizon.
 */
export function repeatDates(rule: RepeatRule): RepeatResult<string[]> {
  const problem = checkRule(rule);
  if (problem) {
    return { ok: false, problem };
  }
  const endField: RepeatField = rule.count ? 'count' : 'until';
  const last = rule.count ? horizonOf(rule.firstDate) : rule.until!;
  const wanted = rule.count ?? Number.POSITIVE_INFINITY;
  const start = parseIsoDate(rule.firstDate)!;
  const weekday = new Date(toMs(rule.firstDate)).getUTCDay();
  const dates: string[] = [];
  // Both loops end: each step moves forward by at least a week, and stops past `last` (at most 5 years).
  for (let step = 0; dates.length < wanted; step += 1) {
    let candidate: number | null;
    if (rule.frequency === 'WEEKLY') {
      candidate = toMs(rule.firstDate) + step * rule.interval * 7 * DAY_MS;
    } else {
      const monthIndex = start.month - 1 + step * rule.interval;
      if (toIso(Date.UTC(start.year, monthIndex, 1)) > last) {
        break;
      }
      candidate = weekdayOfMonth(start.year, monthIndex, weekday, rule.weekOfMonth as WeekOfMonth);
      if (candidate === null || toIso(candidate) < rule.firstDate) {
        continue; // e.g. no 5th Tuesday this month: skipped, not counted
      }
    }
    const date = toIso(candidate);
    if (date > last) {
      break;
    }
    if (dates.length === SESSION_SERIES_MAX) {
      return fail(endField, 'SERIES_TOO_MANY');
    }
    dates.push(date);
  }
  if (dates.length < wanted && rule.count) {
    return fail('count', 'SERIES_TOO_LONG');
  }
  return dates.length ? { ok: true, value: dates } : fail(endField, 'SERIES_EMPTY');
}

/** When each session of a series starts and ends: Amsterdam wall-clock times, the end `endDays` later. */
export interface RepeatTimes {
  startTime: string;
  endTime: string;
  /** 0: the session ends on the day it starts (the usual case). */
  endDays?: number;
}

/**
 * The sessions of a rule: each date at the same Amsterdam wall-clock times, so a series keeps its
 * 09:30 across the change to and from summer time (see amsterdamWallClockToUtc for the hour that is
 * skipped or doubled).
 */
export function repeatOccurrences(rule: RepeatRule, times: RepeatTimes): RepeatResult<Occurrence[]> {
  const { startTime, endTime, endDays = 0 } = times;
  const start = parseWallTime(startTime);
  const end = parseWallTime(endTime);
  if (start === null) {
    return fail('startTime', 'INVALID_TIME');
  }
  if (end === null) {
    return fail('endTime', 'INVALID_TIME');
  }
  if (!Number.isInteger(endDays) || endDays < 0 || (endDays === 0 && end <= start)) {
    return fail('endTime', 'ENDS_BEFORE_START');
  }
  const dates = repeatDates(rule);
  if (!dates.ok) {
    return dates;
  }
  const occurrences: Occurrence[] = [];
  for (const date of dates.value) {
    const startsAt = amsterdamWallClockToUtc(date, startTime)!;
    const endsAt = amsterdamWallClockToUtc(addDays(date, endDays), endTime)!;
    if (endsAt <= startsAt) {
      // Only when both times fall around the skipped spring hour (02:30–03:00 becomes 03:30–03:00).
      return fail('endTime', 'ENDS_BEFORE_START');
    }
    occurrences.push({ date, startsAt, endsAt });
  }
  return { ok: true, value: occurrences };
}

/** A calendar date moved by whole days ('2027-03-01' − 2 → '2027-02-27'). */
export function addDays(date: string, days: number): string {
  return toIso(toMs(date) + days * DAY_MS);
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}
