import { describe, expect, it } from 'vitest';
import { nextSort, themeListParams, toThemeFilter } from './themeListParams';

const { defaults: DEFAULT_PARAMS, parse, serialize } = themeListParams;

describe('theme list parameters', () => {
  it('round-trips through the URL', () => {
    const params = {
      search: 'bibob',
      active: 'retired' as const,
      facetId: 'f1',
      sortField: 'YEAR_IDENTIFIED' as const,
      sortDirection: 'DESC' as const,
      page: 2,
    };
    expect(parse(serialize(params))).toEqual(params);
  });

  it('keeps the URL empty for the default list and ignores values it does not know', () => {
    expect(serialize(DEFAULT_PARAMS).toString()).toBe('');
    expect(parse(new URLSearchParams('status=maybe&sort=COLOUR&page=0'))).toEqual(DEFAULT_PARAMS);
  });

  it('starts titles A–Z and years newest first, and flips the sorted column', () => {
    expect(nextSort(DEFAULT_PARAMS, 'TITLE')).toEqual({ sortField: 'TITLE', sortDirection: 'DESC' });
    expect(nextSort(DEFAULT_PARAMS, 'YEAR_IDENTIFIED')).toEqual({
      sortField: 'YEAR_IDENTIFIED',
      sortDirection: 'DESC',
    });
  });

  it('asks the API for both active and retired themes unless filtered', () => {
    expect(toThemeFilter(DEFAULT_PARAMS)).toEqual({ search: null, active: null, facetId: null });
    expect(toThemeFilter({ ...DEFAULT_PARAMS, active: 'retired', search: ' x ' })).toEqual({
      search: 'x',
      active: false,
      facetId: null,
    });
  });
});
