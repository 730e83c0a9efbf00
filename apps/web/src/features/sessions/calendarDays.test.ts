import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  monthGrid,
  parseDayKey,
  startOfWeek,
  startOfZonedDay,
  weekdayIndex,
  zonedDayKey,
} from './calendarDays';

describe('Amsterdam calendar arithmetic', () => {
  it('finds the day an instant falls on in Amsterdam, not in UTC', () => {
    expect(zonedDayKey('2025-03-03T23:30:00Z')).toBe('2025-03-04');
    expect(zonedDayKey('2025-07-01T21:59:00Z')).toBe('2025-07-01');
    expect(zonedDayKey('2025-07-01T22:00:00Z')).toBe('2025-07-02');
  });

  it('starts a day at local midnight, in winter and summer time and on the change-over days', () => {
    expect(startOfZonedDay('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect(startOfZonedDay('2025-07-15').toISOString()).toBe('2025-07-14T22:00:00.000Z');
    expect(startOfZonedDay('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(startOfZonedDay('2025-03-31').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(startOfZonedDay('2025-10-26').toISOString()).toBe('2025-10-25T22:00:00.000Z');
    expect(startOfZonedDay('2025-10-27').toISOString()).toBe('2025-10-26T23:00:00.000Z');
  });

  it('steps days and months across their ends, and starts weeks on Monday', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-01');
    expect(weekdayIndex('2025-03-03')).toBe(0);
    expect(weekdayIndex('2025-03-09')).toBe(6);
    expect(startOfWeek('2025-03-09')).toBe('2025-03-03');
  });

  it('lays a month out in whole weeks', () => {
    const weeks = monthGrid('2025-03-14');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toBe('2025-02-24');
    expect(weeks[5]![6]).toBe('2025-04-06');
    expect(monthGrid('2021-02-01')).toHaveLength(4);
  });

  it('accepts only real dates from the URL', () => {
    expect(parseDayKey('2025-02-28')).toBe('2025-02-28');
    expect(parseDayKey('2025-02-30')).toBeNull();
    expect(parseDayKey('tomorrow')).toBeNull();
    expect(parseDayKey(null)).toBeNull();
  });
});
