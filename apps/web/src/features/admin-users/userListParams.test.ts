import { describe, expect, it } from 'vitest';
import { nextSort, userListParams } from './userListParams';

const { defaults: DEFAULT_PARAMS, parse, serialize } = userListParams;

describe('user list parameters', () => {
  it('round-trips through the URL', () => {
    const params = {
      search: 'jan',
      role: 'PARTICIPANT' as const,
      municipalityId: 'b3c1',
      sortField: 'CREATED_AT' as const,
      sortDirection: 'DESC' as const,
      page: 3,
    };
    expect(parse(serialize(params))).toEqual(params);
  });

  it('keeps the URL empty for the default list', () => {
    expect(serialize(DEFAULT_PARAMS).toString()).toBe('');
  });

  it('ignores values it does not know', () => {
    expect(parse(new URLSearchParams('role=KING&sort=SALARY&page=-2'))).toEqual(DEFAULT_PARAMS);
  });

  it('flips the direction of the sorted column and starts dates newest first', () => {
    expect(nextSort(DEFAULT_PARAMS, 'NAME')).toEqual({ sortField: 'NAME', sortDirection: 'DESC' });
    expect(nextSort(DEFAULT_PARAMS, 'EMAIL')).toEqual({ sortField: 'EMAIL', sortDirection: 'ASC' });
    expect(nextSort(DEFAULT_PARAMS, 'CREATED_AT')).toEqual({ sortField: 'CREATED_AT', sortDirection: 'DESC' });
  });
});
