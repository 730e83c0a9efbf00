import { describe, expect, it } from 'vitest';
import { choiceField, defineListParams, idField, intField, nextSort, oneOfField, textField } from './listParams';

const sorted = defineListParams({
  filters: { search: textField('q'), kind: oneOfField('kind', ['A', 'B'] as const), ownerId: idField('owner') },
  sort: { fields: ['NAME', 'DATE'] as const, initial: 'NAME' },
});

const withView = defineListParams({
  view: { mode: choiceField('mode', ['list', 'grid'] as const, 'list') },
  filters: { search: textField('q'), year: intField('year', 2000, 2100) },
});

describe('list parameters in the URL', () => {
  it('starts from the defaults with an empty URL, and leaves the defaults out again', () => {
    expect(sorted.defaults).toEqual({
      search: '',
      kind: null,
      ownerId: null,
      sortField: 'NAME',
      sortDirection: 'ASC',
      page: 1,
    });
    expect(sorted.serialize(sorted.defaults).toString()).toBe('');
    expect(withView.defaults).toEqual({ mode: 'list', search: '', year: null, page: 1 });
    expect(withView.serialize(withView.defaults).toString()).toBe('');
  });

  it('round-trips, writing view, filters, sort and page in that order', () => {
    const params = {
      search: 'jan',
      kind: 'B' as const,
      ownerId: 'o1',
      sortField: 'DATE' as const,
      sortDirection: 'DESC' as const,
      page: 3,
    };
    const query = sorted.serialize(params);
    expect(query.toString()).toBe('q=jan&kind=B&owner=o1&sort=DATE&dir=DESC&page=3');
    expect(sorted.parse(query)).toEqual(params);

    const viewed = { mode: 'grid' as const, search: 'x', year: 2027, page: 2 };
    expect(withView.serialize(viewed).toString()).toBe('mode=grid&q=x&year=2027&page=2');
    expect(withView.parse(withView.serialize(viewed))).toEqual(viewed);
  });

  it('writes the whole sort once it differs from the initial one in field or direction', () => {
    expect(sorted.serialize({ ...sorted.defaults, sortDirection: 'DESC' }).toString()).toBe('sort=NAME&dir=DESC');
    expect(sorted.serialize({ ...sorted.defaults, sortField: 'DATE' }).toString()).toBe('sort=DATE&dir=ASC');
  });

  it('reads anything it does not know as the default', () => {
    expect(sorted.parse(new URLSearchParams('kind=C&owner=&sort=SALARY&dir=UP&page=-2'))).toEqual(sorted.defaults);
    expect(sorted.parse(new URLSearchParams('page=1.5'))).toEqual(sorted.defaults);
    expect(withView.parse(new URLSearchParams('mode=table&year=1999&page=0'))).toEqual(withView.defaults);
    expect(withView.parse(new URLSearchParams('year=2100.5'))).toEqual(withView.defaults);
    expect(withView.parse(new URLSearchParams('year=2100')).year).toBe(2100);
  });

  it('counts a filter only when it narrows the list', () => {
    expect(sorted.hasFilters(sorted.defaults)).toBe(false);
    expect(sorted.hasFilters({ ...sorted.defaults, search: '   ' })).toBe(false);
    expect(sorted.hasFilters({ ...sorted.defaults, search: 'x' })).toBe(true);
    expect(sorted.hasFilters({ ...sorted.defaults, kind: 'A' })).toBe(true);
    // Sort, page and view are not filters.
    expect(sorted.hasFilters({ ...sorted.defaults, sortField: 'DATE', page: 4 })).toBe(false);
    expect(withView.hasFilters({ ...withView.defaults, mode: 'grid' })).toBe(false);
    expect(withView.hasFilters({ ...withView.defaults, year: 2030 })).toBe(true);
  });

  it('clears the filters and the page, keeping the view and the sort', () => {
    expect(
      sorted.cleared({ search: 'jan', kind: 'A', ownerId: 'o1', sortField: 'DATE', sortDirection: 'DESC', page: 5 }),
    ).toEqual({ ...sorted.defaults, sortField: 'DATE', sortDirection: 'DESC' });
    expect(withView.cleared({ mode: 'grid', search: 'x', year: 2027, page: 2 })).toEqual({
      ...withView.defaults,
      mode: 'grid',
    });
  });

  it('flips the sorted column and starts another in the direction it is given', () => {
    const current = { sortField: 'NAME' as const, sortDirection: 'ASC' as const };
    expect(nextSort(current, 'NAME', 'ASC')).toEqual({ sortField: 'NAME', sortDirection: 'DESC' });
    expect(nextSort({ ...current, sortDirection: 'DESC' }, 'NAME', 'DESC')).toEqual({
      sortField: 'NAME',
      sortDirection: 'ASC',
    });
    expect(nextSort(current, 'DATE', 'DESC')).toEqual({ sortField: 'DATE', sortDirection: 'DESC' });
  });
});
