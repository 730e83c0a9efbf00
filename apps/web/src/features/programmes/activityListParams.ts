import type { ActivityFilter, ActivityFormat } from '../../gql/graphql';

export const ACTIVITY_FORMATS: readonly ActivityFormat[] = [
  'WORKSHOP',
  'MASTERCLASS',
  'INTERVISIE',
  'SITE_VISIT',
  'TABLETOP_EXERCISE',
  'E_LEARNING',
  'KNOWLEDGE_SESSION',
];

export interface ActivityListParams {
  search: string;
  themeId: string | null;
  format: ActivityFormat | null;
  year: number | null;
  /** 1-based, as shown to the user. */
  page: number;
}

export const DEFAULT_ACTIVITY_PARAMS: ActivityListParams = { search: '', themeId: null, format: null, year: null, page: 1 };

/** The list's state lives in the URL, so back, reload and shared links show the same list. */
export function parseActivityListParams(query: URLSearchParams): ActivityListParams {
  const page = Number(query.get('page'));
  const year = Number(query.get('year'));
  const format = query.get('format');
  return {
    search: query.get('q') ?? '',
    themeId: query.get('theme') || null,
    format: ACTIVITY_FORMATS.find((f) => f === format) ?? null,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeActivityListParams(params: ActivityListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) {
    query.set('q', params.search);
  }
  if (params.themeId) {
    query.set('theme', params.themeId);
  }
  if (params.format) {
    query.set('format', params.format);
  }
  if (params.year !== null) {
    query.set('year', String(params.year));
  }
  if (params.page > 1) {
    query.set('page', String(params.page));
  }
  return query;
}

export function hasActivityFilters(params: ActivityListParams): boolean {
  return params.search.trim() !== '' || params.themeId !== null || params.format !== null || params.year !== null;
}

export function toActivityFilter(programmeId: string, params: ActivityListParams): ActivityFilter {
  return { programmeId, search: params.search.trim() || undefined, themeId: params.themeId, format: params.format, year: params.year };
}
