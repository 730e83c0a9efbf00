import type { SortDirection, ThemeSortField } from '../../gql/graphql';

export type ActiveFilter = 'active' | 'retired' | null;

export interface ThemeListParams {
  search: string;
  active: ActiveFilter;
  facetId: string | null;
  sortField: ThemeSortField;
  sortDirection: SortDirection;
  /** 1-based, as shown to the user. */
  page: number;
}

const SORT_FIELDS: readonly ThemeSortField[] = ['TITLE', 'YEAR_IDENTIFIED', 'CREATED_AT', 'UPDATED_AT'];

export const DEFAULT_PARAMS: ThemeListParams = {
  search: '',
  active: null,
  facetId: null,
  sortField: 'TITLE',
  sortDirection: 'ASC',
  page: 1,
};

/** The list's state lives in the URL, so back, reload and shared links show the same list. */
export function parseThemeListParams(query: URLSearchParams): ThemeListParams {
  const sortField = query.get('sort');
  const page = Number(query.get('page'));
  const status = query.get('status');
  return {
    search: query.get('q') ?? '',
    active: status === 'active' || status === 'retired' ? status : null,
    facetId: query.get('facet') || null,
    sortField: SORT_FIELDS.find((f) => f === sortField) ?? DEFAULT_PARAMS.sortField,
    sortDirection: query.get('dir') === 'DESC' ? 'DESC' : 'ASC',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeThemeListParams(params: ThemeListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) {
    query.set('q', params.search);
  }
  if (params.active) {
    query.set('status', params.active);
  }
  if (params.facetId) {
    query.set('facet', params.facetId);
  }
  if (params.sortField !== DEFAULT_PARAMS.sortField || params.sortDirection !== DEFAULT_PARAMS.sortDirection) {
    query.set('sort', params.sortField);
    query.set('dir', params.sortDirection);
  }
  if (params.page > 1) {
    query.set('page', String(params.page));
  }
  return query;
}

/** Clicking the sorted column flips it; another column starts in its most useful direction (newest first for dates). */
export function nextSort(params: ThemeListParams, field: ThemeSortField): Pick<ThemeListParams, 'sortField' | 'sortDirection'> {
  if (params.sortField === field) {
    return { sortField: field, sortDirection: params.sortDirection === 'ASC' ? 'DESC' : 'ASC' };
  }
  return { sortField: field, sortDirection: field === 'TITLE' ? 'ASC' : 'DESC' };
}

export function hasFilters(params: ThemeListParams): boolean {
  return params.search.trim() !== '' || params.active !== null || params.facetId !== null;
}

/** The API's filter: active true/false, or absent for both. */
export function toThemeFilter(params: ThemeListParams) {
  return {
    search: params.search.trim() || null,
    active: params.active === null ? null : params.active === 'active',
    facetId: params.facetId,
  };
}
