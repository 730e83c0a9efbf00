import { describe, expect, it } from 'vitest';
import { nextStatuses } from './followUp';
import {
  nextSort,
  recommendationListParams,
  toRecommendationFilter,
  type RecommendationListParams,
} from './recommendationListParams';

const { defaults: DEFAULT_PARAMS, parse, serialize, hasFilters } = recommendationListParams;

describe('recommendation list parameters', () => {
  it('round-trips through the URL', () => {
    const params: RecommendationListParams = {
      view: 'board',
      search: 'bibob',
      facetId: 'f1',
      themeId: 't1',
      priority: 'P2',
      status: 'IN_PROGRESS',
      municipalityId: 'm1',
      ownerUserId: 'u1',
      dueFrom: '2025-01-01',
      dueTo: '2025-12-31',
      overdue: true,
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
    expect(parse(new URLSearchParams('view=kanban&dueFrom=2025-13-45&dueTo=tomorrow&overdue=yes'))).toEqual(
      DEFAULT_PARAMS,
    );
  });

  it('keeps the view when the filters are cleared, and overdue off is no filter', () => {
    const board = parse(new URLSearchParams('view=board&overdue=1&owner=u1'));
    expect(hasFilters(board)).toBe(true);
    expect(recommendationListParams.cleared(board)).toEqual({ ...DEFAULT_PARAMS, view: 'board' });
    expect(hasFilters({ ...DEFAULT_PARAMS, view: 'board' })).toBe(false);
  });

  it('sends the municipality only for analysts, and blank search as none', () => {
    const params = parse(new URLSearchParams('municipality=m1&q=%20%20&overdue=1&dueTo=2025-06-30'));
    expect(toRecommendationFilter(params, false)).toMatchObject({
      municipalityId: null,
      search: null,
      overdue: true,
      dueTo: '2025-06-30',
    });
    expect(toRecommendationFilter(params, true).municipalityId).toBe('m1');
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
