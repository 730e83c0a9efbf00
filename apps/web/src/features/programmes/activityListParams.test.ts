import { describe, expect, it } from 'vitest';
import { activityListParams, toActivityFilter } from './activityListParams';

const { defaults: DEFAULT_ACTIVITY_PARAMS, parse, serialize } = activityListParams;

describe('activity list params', () => {
  it('round-trips through the URL and leaves defaults out', () => {
    const params = { search: 'bibob', themeId: 't1', format: 'MASTERCLASS' as const, year: 2027, page: 2 };
    const query = serialize(params);
    expect(query.toString()).toBe('q=bibob&theme=t1&format=MASTERCLASS&year=2027&page=2');
    expect(parse(query)).toEqual(params);
    expect(serialize(DEFAULT_ACTIVITY_PARAMS).toString()).toBe('');
  });

  it('ignores what it does not know', () => {
    expect(parse(new URLSearchParams('format=PARTY&year=abc&page=-1'))).toEqual(DEFAULT_ACTIVITY_PARAMS);
  });

  it('asks the API for the programme, with a blank search left out', () => {
    expect(toActivityFilter('p1', { ...DEFAULT_ACTIVITY_PARAMS, search: '  ' })).toEqual({
      programmeId: 'p1',
      search: undefined,
      themeId: null,
      format: null,
      year: null,
    });
  });
});
