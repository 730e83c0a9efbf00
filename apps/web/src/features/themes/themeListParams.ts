import type { ThemeSortField } from '../../gql/graphql';
import { defineListParams, idField, nextSort as nextListSort, oneOfField, textField } from '../../lib/listParams';

export type ActiveFilter = 'active' | 'retired' | null;

const SORT_FIELDS: readonly ThemeSortField[] = ['TITLE', 'YEAR_IDENTIFIED', 'CREATED_AT', 'UPDATED_AT'];

export const themeListParams = defineListParams({
  filters: {
    search: textField('q'),
    active: oneOfField('status', ['active', 'retired'] as const),
    facetId: idField('facet'),
  },
  sort: { fields: SORT_FIELDS, initial: 'TITLE' },
});

export type ThemeListParams = typeof themeListParams.defaults;

/** Titles start A–Z; years and dates newest first. */
export function nextSort(params: ThemeListParams, field: ThemeSortField) {
  return nextListSort(params, field, field === 'TITLE' ? 'ASC' : 'DESC');
}

/** The API's filter: active true/false, or absent for both. */
export function toThemeFilter(params: ThemeListParams) {
  return {
    search: params.search.trim() || null,
    active: params.active === null ? null : params.active === 'active',
    facetId: params.facetId,
  };
}
