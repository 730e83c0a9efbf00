import type { RecommendationFilter, RecommendationSortField } from '../../gql/graphql';
import {
  choiceField,
  defineListParams,
  idField,
  nextSort as nextListSort,
  oneOfField,
  textField,
  type ListField,
} from '../../lib/listParams';
import { PRIORITIES, STATUSES } from './followUp';

const SORT_FIELDS: readonly RecommendationSortField[] = [
  'PRIORITY',
  'REFERENCE',
  'TITLE',
  'STATUS',
  'DUE_DATE',
  'CREATED_AT',
];

export const VIEWS = ['table', 'board'] as const;
export type RecommendationView = (typeof VIEWS)[number];

/** A calendar day "YYYY-MM-DD" (a real one), or null. */
const dateField = (key: string): ListField<string | null> => ({
  key,
  parse: (raw) => (raw && /^\d{4}-\d\d-\d\d$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? raw : null),
  format: (value) => value,
});

/** On ("1") or off (absent). Off is null, not false: a filter that is off must not count as set. */
const flagField = (key: string): ListField<true | null> => ({
  key,
  parse: (raw) => (raw === '1' ? true : null),
  format: (value) => (value ? '1' : null),
});

export const recommendationListParams = defineListParams({
  view: { view: choiceField<RecommendationView>('view', VIEWS, 'table') },
  filters: {
    search: textField('q'),
    facetId: idField('facet'),
    themeId: idField('theme'),
    priority: oneOfField('priority', PRIORITIES),
    status: oneOfField('status', STATUSES),
    municipalityId: idField('municipality'),
    ownerUserId: idField('owner'),
    dueFrom: dateField('dueFrom'),
    dueTo: dateField('dueTo'),
    overdue: flagField('overdue'),
  },
  sort: {
    fields: SORT_FIELDS,
    initial: 'PRIORITY',
  },
});

export type RecommendationListParams = typeof recommendationListParams.defaults;

/** Dates start newest first (due dates: soonest first), everything else ascending. */
export function nextSort(params: RecommendationListParams, field: RecommendationSortField) {
  return nextListSort(params, field, field === 'CREATED_AT' ? 'DESC' : 'ASC');
}

/** The API filter for the list, the board and the export alike; only analysts choose a municipality. */
export function toRecommendationFilter(params: RecommendationListParams, isAnalyst: boolean): RecommendationFilter {
  return {
    search: params.search.trim() || null,
    facetId: params.facetId,
    themeId: params.themeId,
    priority: params.priority,
    status: params.status,
    municipalityId: isAnalyst ? params.municipalityId : null,
    ownerUserId: params.ownerUserId,
    dueFrom: params.dueFrom,
    dueTo: params.dueTo,
    overdue: params.overdue,
  };
}
