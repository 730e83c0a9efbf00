import type { FollowUpStatus, Priority, RecommendationSortField, SortDirection } from '../../gql/graphql';
import { isPriority, isStatus } from './followUp';

export interface RecommendationListParams {
  search: string;
  facetId: string | null;
  themeId: string | null;
  priority: Priority | null;
  status: FollowUpStatus | null;
  municipalityId: string | null;
  sortField: RecommendationSortField;
  sortDirection: SortDirection;
  /** 1-based, as shown to the user. */
  page: number;
}

const SORT_FIELDS: readonly RecommendationSortField[] = ['PRIORITY', 'REFERENCE', 'TITLE', 'STATUS', 'CREATED_AT'];

export const DEFAULT_PARAMS: RecommendationListParams = {
  search: '',
  facetId: null,
  themeId: null,
  priority: null,
  status: null,
  municipalityId: null,
  sortField: 'PRIORITY',
  sortDirection: 'ASC',
  page: 1,
};

/** The list's state lives in the URL, so back, reload and shared links show the same list. */
export function parseRecommendationListParams(query: URLSearchParams): RecommendationListParams {
  const sortField = query.get('sort');
  const page = Number(query.get('page'));
  const priority = query.get('priority');
  const status = query.get('status');
  return {
    search: query.get('q') ?? '',
    facetId: query.get('facet') || null,
    themeId: query.get('theme') || null,
    priority: isPriority(priority) ? priority : null,
    status: isStatus(status) ? status : null,
    municipalityId: query.get('municipality') || null,
    sortField: SORT_FIELDS.find((f) => f === sortField) ?? DEFAULT_PARAMS.sortField,
    sortDirection: query.get('dir') === 'DESC' ? 'DESC' : 'ASC',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeRecommendationListParams(params: RecommendationListParams): URLSearchParams {
  const query = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value) {
      query.set(key, value);
    }
  };
  set('q', params.search);
  set('facet', params.facetId);
  set('theme', params.themeId);
  set('priority', params.priority);
  set('status', params.status);
  set('municipality', params.municipalityId);
  if (params.sortField !== DEFAULT_PARAMS.sortField || params.sortDirection !== DEFAULT_PARAMS.sortDirection) {
    query.set('sort', params.sortField);
    query.set('dir', params.sortDirection);
  }
  if (params.page > 1) {
    query.set('page', String(params.page));
  }
  return query;
}

/** Clicking the sorted column flips it; another column starts in its most useful direction. */
export function nextSort(
  params: RecommendationListParams,
  field: RecommendationSortField,
): Pick<RecommendationListParams, 'sortField' | 'sortDirection'> {
  if (params.sortField === field) {
    return { sortField: field, sortDirection: params.sortDirection === 'ASC' ? 'DESC' : 'ASC' };
  }
  return { sortField: field, sortDirection: field === 'CREATED_AT' ? 'DESC' : 'ASC' };
}

export function hasFilters(params: RecommendationListParams): boolean {
  return (
    params.search.trim() !== '' ||
    [params.facetId, params.themeId, params.priority, params.status, params.municipalityId].some((v) => v !== null)
  );
}
