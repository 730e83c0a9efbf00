import { describe, expect, it } from 'vitest';
import { nextStatuses } from './followUp';
import { nextSort, recommendationListParams, type RecommendationListParams } from './recommendationListParams';

const { defaults: DEFAULT_PARAMS, parse, serialize, hasFilters } = recommendationListParams;

describe('recommendation list parameters', () => {
  it('round-trips through the URL', () => {
    const params: RecommendationListParams = {
      search: 'bibob',
      facetId: 'f1',
      themeId: 't1',
      priority: 'P2',
      status: 'IN_PROGRESS',
      municipalityId: 'm1',
      sortField: 'TITLE',
      sortDirection: 'DESC',
      page: 2,
    };
    expect(parse(serialize(params))).toEqual(params);
    expect(hasFilters(params)).toBe(true);
  });

  it('keeps the URL empty for the default list', () => {
    expect(serialize(DEFAULT_PARAMS).toString()).toBe('');
    expect(hasFilters(DEFAULT_PARAMS)).toBe(false);
  });

  it('ignores values it does not know', () => {
    expect(parse(new URLSearchParams('priority=P9&status=LOST&sort=SECRET&page=0'))).toEqual(DEFAULT_PARAMS);
  });

  it('flips the sorted column and starts dates newest first', () => {
    expect(nextSort(DEFAULT_PARAMS, 'PRIORITY')).toEqual({ sortField: 'PRIORITY', sortDirection: 'DESC' });
    expect(nextSort(DEFAULT_PARAMS, 'CREATED_AT')).toEqual({ sortField: 'CREATED_AT', sortDirection: 'DESC' });
  });
});

describe('follow-up transitions', () => {
  it('offers only the moves the workflow allows', () => {
    expect(nextStatuses('OPEN')).toEqual(['IN_PROGRESS', 'DONE', 'NOT_ADOPTED']);
    expect(nextStatuses('DONE')).toEqual(['IN_PROGRESS']);
    expect(nextStatuses('NOT_ADOPTED')).toEqual(['OPEN']);
  });
});
