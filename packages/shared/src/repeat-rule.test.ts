import { describe, expect, it } from 'vitest';
import { amsterdamWallClockOf, amsterdamWallClockToUtc } from './amsterdam-time';
import {
  addDays,
  daysBetween,
  horizonOf,
  repeatDates,
  repeatOccurrences,
  SESSION_SERIES_MAX,
  weekOfMonthOf,
  type RepeatRule,
} from './repeat-rule';

const weekly = (rule: Partial<RepeatRule>): RepeatRule => ({
  firstDate: '2027-01-05',
  frequency: 'WEEKLY',
  interval: 1,
  ...rule,
});
const monthly = (rule: Partial<RepeatRule>): RepeatRule => ({
  firstDate: '2027-01-12',
  frequency: 'MONTHLY',
  interval: 1,
  weekOfMonth: 2,
  ...rule,
});
const dates = (rule: RepeatRule) => {
  const result = repeatDates(rule);
  if (!result.ok) {
    throw new Error(`${result.problem.field} ${result.problem.reason}`);
  }
  return result.value;
};
const problem = (rule: RepeatRule) => {
  const result = repeatDates(rule);
  return result.ok ? null : result.problem;
};

describe('weekly', () => {
  it('repeats the weekday of the first date, every week, for a count', () => {
    expect(dates(weekly({ count: 4 }))).toEqual(['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26']);
  });

  it('repeats every n weeks until a date, inclusive', () => {
    expect(dates(weekly({ interval: 2, until: '2027-02-02' }))).toEqual(['2027-01-05', '2027-01-19', '2027-02-02']);
    expect(dates(weekly({ interval: 2, until: '2027-02-01' }))).toEqual(['2027-01-05', '2027-01-19']);
  });

  it('crosses month and year ends and leap days', () => {
    expect(dates(weekly({ firstDate: '2027-12-28', count: 2 }))).toEqual(['2027-12-28', '2028-01-04']);
    expect(dates(weekly({ firstDate: '2028-02-22', count: 2 }))).toEqual(['2028-02-22', '2028-02-29']);
  });

  it('gives one date when until is the first date or the count is 1', () => {
    expect(dates(weekly({ until: '2027-01-05' }))).toEqual(['2027-01-05']);
    expect(dates(weekly({ count: 1 }))).toEqual(['2027-01-05']);
  });
});

describe('monthly on a weekday', () => {
  it('takes the 2nd Tuesday of each month', () => {
    expect(dates(monthly({ count: 4 }))).toEqual(['2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13']);
  });

  it('takes every n months and the last weekday of the month', () => {
    expect(dates(monthly({ interval: 3, count: 3 }))).toEqual(['2027-01-12', '2027-04-13', '2027-07-13']);
    expect(dates(monthly({ firstDate: '2027-01-26', weekOfMonth: -1, count: 3 }))).toEqual([
      '2027-01-26',
      '2027-02-23',
      '2027-03-30',
    ]);
  });

  it('skips months without a 5th weekday and does not count them', () => {
    // Tuesdays: a 5th one in March, June, August and November 2027.
    expect(dates(monthly({ firstDate: '2027-03-30', weekOfMonth: 5, count: 3 }))).toEqual([
      '2027-03-30',
      '2027-06-29',
      '2027-08-31',
    ]);
    expect(dates(monthly({ firstDate: '2027-03-30', weekOfMonth: 5, until: '2027-07-31' }))).toEqual([
      '2027-03-30',
      '2027-06-29',
    ]);
  });

  it('never goes before the first date: a rule not matching it starts at the next match', () => {
    // The 1st Tuesday of January 2027 (the 5th) lies before the first date: February's is the first.
    expect(dates(monthly({ weekOfMonth: 1, count: 2 }))).toEqual(['2027-02-02', '2027-03-02']);
  });

  it('answers which week of its month a date is', () => {
    expect(weekOfMonthOf('2027-01-12')).toEqual({ nth: 2, last: false });
    expect(weekOfMonthOf('2027-01-26')).toEqual({ nth: 4, last: true });
    expect(weekOfMonthOf('2027-03-30')).toEqual({ nth: 5, last: true });
    expect(weekOfMonthOf('2027-02-28')).toEqual({ nth: 4, last: true });
    expect(() => weekOfMonthOf('nope')).toThrow();
  });
});

describe('limits and bad rules', () => {
  it(`allows ${SESSION_SERIES_MAX} dates, refuses more by count or by until`, () => {
    expect(dates(weekly({ count: SESSION_SERIES_MAX }))).toHaveLength(SESSION_SERIES_MAX);
    expect(problem(weekly({ count: SESSION_SERIES_MAX + 1 }))).toEqual({ field: 'count', reason: 'SERIES_TOO_MANY' });
    expect(problem(weekly({ count: 1_000_000_000 }))).toEqual({ field: 'count', reason: 'SERIES_TOO_MANY' });
    const last = addDays('2027-01-05', 7 * (SESSION_SERIES_MAX - 1));
    expect(dates(weekly({ until: last }))).toHaveLength(SESSION_SERIES_MAX);
    expect(problem(weekly({ until: addDays(last, 7) }))).toEqual({ field: 'until', reason: 'SERIES_TOO_MANY' });
  });

  it(`keeps every date within the horizon of the first date`, () => {
    expect(horizonOf('2027-01-05')).toBe('2032-01-05');
    expect(problem(monthly({ interval: 12, until: '2032-01-13' }))).toEqual({
      field: 'until',
      reason: 'SERIES_TOO_LONG',
    });
    expect(dates(monthly({ interval: 12, until: horizonOf('2027-01-12') }))).toHaveLength(5);
    expect(dates(monthly({ interval: 12, count: 5 }))).toHaveLength(5);
    expect(problem(monthly({ interval: 12, count: 6 }))).toEqual({ field: 'count', reason: 'SERIES_TOO_LONG' });
    // A 5th Monday in February exists only in rare leap years: the search stops at the horizon.
    expect(problem(monthly({ firstDate: '2027-02-01', weekOfMonth: 5, interval: 12, count: 2 }))).toEqual({
      field: 'count',
      reason: 'SERIES_TOO_LONG',
    });
  });

  it('refuses a rule that yields nothing', () => {
    expect(problem(monthly({ firstDate: '2027-04-05', weekOfMonth: 5, until: '2027-04-30' }))).toEqual({
      field: 'until',
      reason: 'SERIES_EMPTY',
    });
  });

  it('names the field of a bad rule', () => {
    const cases: [Partial<RepeatRule>, string, string][] = [
      [{ firstDate: '2027-02-30' }, 'firstDate', 'INVALID_DATE'],
      [{ firstDate: '' }, 'firstDate', 'INVALID_DATE'],
      [{ interval: 0 }, 'interval', 'OUT_OF_RANGE'],
      [{ interval: 13 }, 'interval', 'OUT_OF_RANGE'],
      [{ interval: 1.5 }, 'interval', 'OUT_OF_RANGE'],
      [{ until: null, count: null }, 'until', 'SERIES_END_REQUIRED'],
      [{ until: '2027-02-01', count: 3 }, 'until', 'SERIES_END_REQUIRED'],
      [{ until: '2027-13-01', count: null }, 'until', 'INVALID_DATE'],
      [{ until: '2027-01-04', count: null }, 'until', 'UNTIL_BEFORE_START'],
      [{ count: 0 }, 'count', 'OUT_OF_RANGE'],
      [{ count: -2 }, 'count', 'OUT_OF_RANGE'],
    ];
    for (const [rule, field, reason] of cases) {
      expect(problem(weekly({ count: 3, ...rule })), JSON.stringify(rule)).toEqual({ field, reason });
    }
    for (const weekOfMonth of [0, 6, -2, null]) {
      expect(problem(monthly({ weekOfMonth, count: 3 }))).toEqual({ field: 'weekOfMonth', reason: 'OUT_OF_RANGE' });
    }
  });
});

describe('occurrences in Amsterdam wall-clock time', () => {
  const occurrences = (rule: RepeatRule, startTime: string, endTime: string, endDays = 0) => {
    const result = repeatOccurrences(rule, { startTime, endTime, endDays });
    if (!result.ok) {
      throw new Error(result.problem.reason);
    }
    return result.value.map((o) => [o.date, o.startsAt.toISOString(), o.endsAt.toISOString()]);
  };

  it('keeps 09:30 across the change to summer time and back', () => {
    expect(occurrences(weekly({ firstDate: '2027-03-23', count: 2 }), '09:30', '12:00')).toEqual([
      ['2027-03-23', '2027-03-23T08:30:00.000Z', '2027-03-23T11:00:00.000Z'],
      ['2027-03-30', '2027-03-30T07:30:00.000Z', '2027-03-30T10:00:00.000Z'],
    ]);
    expect(occurrences(weekly({ firstDate: '2027-10-26', count: 2 }), '09:30', '12:00')).toEqual([
      ['2027-10-26', '2027-10-26T07:30:00.000Z', '2027-10-26T10:00:00.000Z'],
      ['2027-11-02', '2027-11-02T08:30:00.000Z', '2027-11-02T11:00:00.000Z'],
    ]);
  });

  it('reads the skipped spring hour an hour later and the doubled autumn hour as its first pass', () => {
    // 28 March and 31 October 2027 are the days of the change.
    expect(amsterdamWallClockToUtc('2027-03-28', '02:30')?.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(amsterdamWallClockToUtc('2027-10-31', '02:30')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(occurrences(weekly({ firstDate: '2027-03-21', count: 2 }), '01:30', '04:00')).toEqual([
      ['2027-03-21', '2027-03-21T00:30:00.000Z', '2027-03-21T03:00:00.000Z'],
      ['2027-03-28', '2027-03-28T00:30:00.000Z', '2027-03-28T02:00:00.000Z'],
    ]);
    // 02:30–03:00 does not exist on the day of the spring change: refused rather than turned around.
    expect(
      repeatOccurrences(weekly({ firstDate: '2027-03-21', count: 2 }), { startTime: '02:30', endTime: '03:00' }),
    ).toEqual({
      ok: false,
      problem: { field: 'endTime', reason: 'ENDS_BEFORE_START' },
    });
  });

  it('lets a session end days after it starts, at the wall-clock end time', () => {
    expect(occurrences(weekly({ firstDate: '2027-03-27', count: 1 }), '16:00', '12:00', 1)).toEqual([
      ['2027-03-27', '2027-03-27T15:00:00.000Z', '2027-03-28T10:00:00.000Z'],
    ]);
    expect(
      repeatOccurrences(weekly({ count: 1 }), { startTime: '09:00', endTime: '10:00', endDays: -1 }),
    ).toMatchObject({
      problem: { reason: 'ENDS_BEFORE_START' },
    });
  });

  it('tells the Amsterdam wall clock of an instant', () => {
    expect(amsterdamWallClockOf(new Date('2027-03-28T00:30:00Z'))).toEqual({ date: '2027-03-28', time: '01:30' });
    expect(amsterdamWallClockOf(new Date('2027-03-28T01:30:00Z'))).toEqual({ date: '2027-03-28', time: '03:30' });
    expect(amsterdamWallClockOf(new Date('2027-12-31T23:30:00Z'))).toEqual({ date: '2028-01-01', time: '00:30' });
  });

  it('refuses bad times and passes on a bad rule', () => {
    const rule = weekly({ count: 2 });
    expect(repeatOccurrences(rule, { startTime: '9:30', endTime: '12:00' })).toMatchObject({
      problem: { field: 'startTime' },
    });
    expect(repeatOccurrences(rule, { startTime: '09:30', endTime: '24:00' })).toMatchObject({
      problem: { field: 'endTime' },
    });
    expect(repeatOccurrences(rule, { startTime: '12:00', endTime: '12:00' })).toMatchObject({
      problem: { reason: 'ENDS_BEFORE_START' },
    });
    expect(repeatOccurrences(weekly({ count: 0 }), { startTime: '09:00', endTime: '10:00' })).toMatchObject({
      problem: { field: 'count' },
    });
  });
});

describe('calendar arithmetic', () => {
  it('moves dates by days and counts days between them', () => {
    expect(addDays('2027-03-01', -2)).toBe('2027-02-27');
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(daysBetween('2027-03-25', '2027-03-30')).toBe(5);
    expect(daysBetween('2027-03-30', '2027-03-25')).toBe(-5);
  });
});
