import { describe, expect, it } from 'vitest';
import { sessionListParams, stepAnchor, toSessionFilter } from './sessionListParams';

const { defaults: DEFAULT_PARAMS, parse, serialize } = sessionListParams;

describe('session list parameters', () => {
  it('round-trips through the URL and ignores what it does not know', () => {
    const query = new URLSearchParams(
      'view=week&date=2025-03-05&q=bibob&format=WORKSHOP&theme=t1&host=m1&page=3&from=2025-01-01',
    );
    const params = parse(query);
    expect(params).toMatchObject({
      view: 'week',
      date: '2025-03-05',
      search: 'bibob',
      format: 'WORKSHOP',
      themeId: 't1',
      hostMunicipalityId: 'm1',
    });
    // Paging and the list's period belong to the list view only.
    expect(serialize(params).toString()).toBe('view=week&date=2025-03-05&q=bibob&theme=t1&format=WORKSHOP&host=m1');
    expect(parse(new URLSearchParams('view=year&format=PARTY&date=soon'))).toEqual(DEFAULT_PARAMS);
  });

  it('lists upcoming sessions by default, and a period in whole Amsterdam days', () => {
    expect(toSessionFilter(DEFAULT_PARAMS, '2025-03-05')).toMatchObject({ from: '2025-03-04T23:00:00.000Z', to: null });
    expect(toSessionFilter({ ...DEFAULT_PARAMS, from: '2025-07-01', to: '2025-07-31' }, '2025-03-05')).toMatchObject({
      from: '2025-06-30T22:00:00.000Z',
      to: '2025-07-31T22:00:00.000Z',
    });
    // Only an end: everything before it, the past included.
    expect(toSessionFilter({ ...DEFAULT_PARAMS, to: '2025-01-31' }, '2025-03-05')).toMatchObject({ from: null });
  });

  it('asks for exactly the days a calendar shows', () => {
    expect(toSessionFilter({ ...DEFAULT_PARAMS, view: 'month', date: '2025-03-14' }, '2025-01-01')).toMatchObject({
      from: '2025-02-23T23:00:00.000Z',
      to: '2025-04-06T22:00:00.000Z',
    });
    expect(toSessionFilter({ ...DEFAULT_PARAMS, view: 'week' }, '2025-03-05')).toMatchObject({
      from: '2025-03-02T23:00:00.000Z',
      to: '2025-03-09T23:00:00.000Z',
    });
    expect(stepAnchor('month', '2025-01-31', 1)).toBe('2025-02-01');
    expect(stepAnchor('week', '2025-03-05', -1)).toBe('2025-02-24');
  });
});
