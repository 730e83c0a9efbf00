import { describe, expect, it } from 'vitest';
import { amsterdamToUtc, formatAmsterdamRange, toAmsterdamParts } from './amsterdamTime';

describe('amsterdamToUtc', () => {
  it('uses UTC+1 in winter and UTC+2 in summer', () => {
    expect(amsterdamToUtc('2025-01-15', '09:30')).toBe('2025-01-15T08:30:00.000Z');
    expect(amsterdamToUtc('2025-07-01', '09:30')).toBe('2025-07-01T07:30:00.000Z');
  });

  it('switches on the last Sundays of March and October', () => {
    expect(amsterdamToUtc('2025-03-30', '01:30')).toBe('2025-03-30T00:30:00.000Z');
    expect(amsterdamToUtc('2025-03-30', '03:30')).toBe('2025-03-30T01:30:00.000Z');
    expect(amsterdamToUtc('2025-10-26', '01:30')).toBe('2025-10-25T23:30:00.000Z');
    expect(amsterdamToUtc('2025-10-26', '03:30')).toBe('2025-10-26T02:30:00.000Z');
  });

  it('takes the earlier of the doubled autumn hour and moves a skipped spring time forward', () => {
    expect(amsterdamToUtc('2025-10-26', '02:30')).toBe('2025-10-26T00:30:00.000Z');
    expect(amsterdamToUtc('2025-03-30', '02:30')).toBe('2025-03-30T01:30:00.000Z');
  });

  it('refuses what is not a date or time', () => {
    expect(amsterdamToUtc('', '09:00')).toBeNull();
    expect(amsterdamToUtc('2025-04-31', '09:00')).toBeNull();
    expect(amsterdamToUtc('2025-04-01', '24:00')).toBeNull();
    expect(amsterdamToUtc('2025-04-01', '9')).toBeNull();
  });
});

describe('toAmsterdamParts', () => {
  it('is the inverse of amsterdamToUtc', () => {
    for (const [date, time] of [
      ['2025-01-15', '09:30'],
      ['2025-07-01', '23:45'],
      ['2025-10-26', '03:00'],
      ['2026-12-31', '00:00'],
    ] as const) {
      expect(toAmsterdamParts(amsterdamToUtc(date, time)!)).toEqual({ date, time });
    }
  });
});

describe('formatAmsterdamRange', () => {
  it('shows the Amsterdam wall clock, one date for a session within a day', () => {
    expect(formatAmsterdamRange('2025-07-01T07:30:00.000Z', '2025-07-01T10:30:00.000Z', 'nl-NL')).toMatch(
      /1 jul 2025, 09:30–12:30$/,
    );
  });
});
