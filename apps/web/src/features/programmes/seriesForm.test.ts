import { describe, expect, it } from 'vitest';
import { emptyRow } from './sessionForm';
import {
  carriedFromSession,
  defaultRepeat,
  repeatFieldOf,
  sameAsPrevious,
  toSeriesInput,
  validateRepeat,
  weekdayOf,
  weekOfMonthChoices,
} from './seriesForm';

describe('the repeat rule in the form', () => {
  it('offers the week of the month of the first date, and "the last" when it is the last', () => {
    expect(weekOfMonthChoices('2027-01-12')).toEqual([2]);
    expect(weekOfMonthChoices('2027-01-26')).toEqual([4, -1]);
    expect(weekOfMonthChoices('2027-03-30')).toEqual([5, -1]);
    expect(weekOfMonthChoices('')).toEqual([]);
    expect(weekdayOf('2027-01-12')).toBe(2);
    expect(weekdayOf('')).toBeNull();
  });

  it('sends the first session as template and only the chosen end', () => {
    const row = { ...emptyRow(), date: '2027-01-12', onlineUrl: 'https://meet.example/x' };
    const input = toSeriesInput(row, { ...defaultRepeat(), frequency: 'MONTHLY', weekOfMonth: '-1', count: 3 });
    expect(input.repeat).toEqual({ frequency: 'MONTHLY', interval: 1, weekOfMonth: -1, until: null, count: 3 });
    expect(input.first.startsAt).toBe('2027-01-12T08:30:00.000Z');
    const weekly = toSeriesInput(row, { ...defaultRepeat(), end: 'until', until: '2027-03-01', weekOfMonth: '2' });
    expect(weekly.repeat).toEqual({
      frequency: 'WEEKLY',
      interval: 1,
      weekOfMonth: null,
      until: '2027-03-01',
      count: null,
    });
  });

  it('checks the rule as the API does, at the field the planner can change', () => {
    expect(validateRepeat('2027-01-12', defaultRepeat())).toBeNull();
    expect(validateRepeat('2027-01-12', { ...defaultRepeat(), count: 51 })).toEqual({
      field: 'count',
      reason: 'SERIES_TOO_MANY',
    });
    expect(validateRepeat('2027-01-12', { ...defaultRepeat(), count: '' })).toEqual({
      field: 'count',
      reason: 'OUT_OF_RANGE',
    });
    expect(validateRepeat('2027-01-12', { ...defaultRepeat(), end: 'until', until: '' })).toEqual({
      field: 'until',
      reason: 'INVALID_DATE',
    });
    expect(validateRepeat('2027-01-12', { ...defaultRepeat(), end: 'until', until: '2027-01-01' })).toEqual({
      field: 'until',
      reason: 'UNTIL_BEFORE_START',
    });
    expect(validateRepeat('2027-01-12', { ...defaultRepeat(), interval: 13 })).toEqual({
      field: 'interval',
      reason: 'OUT_OF_RANGE',
    });
    // The first session's date is the first session's field to complain about.
    expect(validateRepeat('', defaultRepeat())).toBeNull();
  });

  it("maps the API's field paths of the rule to the form", () => {
    expect(repeatFieldOf('repeat.count')).toBe('count');
    expect(repeatFieldOf('input.repeat.until')).toBe('until');
    expect(repeatFieldOf('first.venueId')).toBeNull();
  });
});

describe('same as previous', () => {
  it('takes over venue, capacity and status only', () => {
    const row = { ...emptyRow(), date: '2027-01-12', onlineUrl: 'https://x.example', capacity: 10 };
    const previous = { venueId: 'v1', capacity: 40, status: 'OPEN' as const };
    expect(sameAsPrevious(row, previous)).toEqual({ ...row, venueId: 'v1', capacity: 40, status: 'OPEN' });
  });

  it("carries the activity's last session that is not cancelled; full or completed become open", () => {
    const session = (startsAt: string, status: string, venue: string | null, capacity = 20) => ({
      startsAt,
      status: status as 'OPEN',
      capacity,
      venue: venue ? { __typename: 'Venue' as const, id: venue, name: venue, room: '' } : null,
    });
    expect(carriedFromSession([])).toBeNull();
    expect(
      carriedFromSession([
        session('2027-03-01T09:00:00Z', 'CANCELLED', 'late'),
        session('2027-02-01T09:00:00Z', 'FULL', 'v2', 30),
        session('2027-01-01T09:00:00Z', 'DRAFT', 'v1'),
      ]),
    ).toEqual({ venueId: 'v2', capacity: 30, status: 'OPEN' });
    expect(carriedFromSession([session('2027-01-01T09:00:00Z', 'DRAFT', null)])).toEqual({
      venueId: null,
      capacity: 20,
      status: 'DRAFT',
    });
  });
});
