import { describe, expect, it } from 'vitest';
import { closedShare, toChartRows } from './progressData';

const counts = { open: 2, inProgress: 1, done: 1, notAdopted: 0, overdue: 1, total: 4 };

describe('toChartRows', () => {
  it('labels each month in the user’s language, whatever the browser’s time zone', () => {
    const rows = toChartRows(
      [
        { month: '2024-01-01', counts },
        { month: '2024-03-01', counts },
      ],
      'nl',
    );
    expect(rows.map((r) => r.month)).toEqual(['jan 2024', 'mrt 2024']);
    expect(rows[0]).toMatchObject(counts);
    expect(toChartRows([{ month: '2024-03-01', counts }], 'en')[0]!.month).toBe('Mar 2024');
  });
});

describe('closedShare', () => {
  it('counts done and not adopted as closed, and has no share without recommendations', () => {
    expect(closedShare({ ...counts, notAdopted: 1, total: 4 })).toBe(50);
    expect(closedShare({ ...counts, total: 0 })).toBeNull();
  });
});
