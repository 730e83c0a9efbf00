import type { RecommendationSortField } from '../../gql/graphql';
import { defineListParams, idField, nextSort as nextListSort, oneOfField, textField } from '../../lib/listParams';
import { PRIORITIES, STATUSES } from './followUp';

const SORT_FIELDS: readonly RecommendationSortField[] = ['PRIORITY', 'REFERENCE', 'TITLE', 'STATUS', 'CREATED_AT'];

export const recommendationListParams = defineListParams({
  filters: {
    search: textField('q'),
    facetId: idField('facet'),
    themeId: idField('theme'),
    priority: oneOfField('priority', PRIORITIES),
    status: oneOfField('status', STATUSES),
    municipalityId: idField('municipality'),
  },
  sort: {
    fields: SORT_FIELDS,
    initial: 'PRIORITY',
  },
});

export type RecommendationListParams = typeof recommendationListParams.defaults;

/** Dates start newest first, everything else ascending. */
export function nextSort(params: RecommendationListParams, field: RecommendationSortField) {
  return nextListSort(params, field, field === 'CREATED_AT' ? 'DESC' : 'ASC');
}
