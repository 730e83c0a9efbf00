import type { ActivityFormat, SessionFilter } from '../../gql/graphql';
import { addDays, addMonths, monthGrid, parseDayKey, startOfWeek, startOfZonedDay, type DayKey } from './calendarDays';

export const ACTIVITY_FORMATS: readonly ActivityFormat[] = [
  'WORKSHOP',
  'MASTERCLASS',
  'INTERVISIE',
  'SITE_VISIT',
  'TABLETOP_EXERCISE',
  'E_LEARNING',
  'KNOWLEDGE_SESSION',
];

export type SessionView = 'list' | 'month' | 'week';

export interface SessionListParams {
  view: SessionView;
  /** The day the calendar shows (its month or week); today when absent. */
  date: DayKey | null;
  search: string;
  themeId: string | null;
  format: ActivityFormat | null;
  hostMunicipalityId: string | null;
  /** The list's period, as Amsterdam days (inclusive); from today when both are empty. */
  from: DayKey | null;
  to: DayKey | null;
  /** 1-based, list view only. */
  page: number;
}

export const DEFAULT_PARAMS: SessionListParams = {
  view: 'list',
  date: null,
  search: '',
  themeId: null,
  format: null,
  hostMunicipalityId: null,
  from: null,
  to: null,
  page: 1,
};

/** The page's state lives in the URL, so back, reload and shared links show the same sessions. */
export function parseSessionListParams(query: URLSearchParams): SessionListParams {
  const view = query.get('view');
  const format = query.get('format');
  const page = Number(query.get('page'));
  return {
    view: view === 'month' || view === 'week' ? view : 'list',
    date: parseDayKey(query.get('date')),
    search: query.get('q') ?? '',
    themeId: query.get('theme') || null,
    format: ACTIVITY_FORMATS.find((f) => f === format) ?? null,
    hostMunicipalityId: query.get('host') || null,
    from: parseDayKey(query.get('from')),
    to: parseDayKey(query.get('to')),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serializeSessionListParams(params: SessionListParams): URLSearchParams {
  const query = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value) {
      query.set(key, value);
    }
  };
  set('view', params.view === 'list' ? null : params.view);
  set('date', params.view === 'list' ? null : params.date);
  set('q', params.search);
  set('theme', params.themeId);
  set('format', params.format);
  set('host', params.hostMunicipalityId);
  set('from', params.view === 'list' ? params.from : null);
  set('to', params.view === 'list' ? params.to : null);
  set('page', params.view === 'list' && params.page > 1 ? String(params.page) : null);
  return query;
}

export function hasFilters(params: SessionListParams): boolean {
  return (
    params.search.trim() !== '' ||
    params.themeId !== null ||
    params.format !== null ||
    params.hostMunicipalityId !== null ||
    params.from !== null ||
    params.to !== null
  );
}

/** The days a calendar view shows: whole weeks around the month, or one week. */
export function calendarDays(view: 'month' | 'week', anchor: DayKey): DayKey[][] {
  if (view === 'month') {
    return monthGrid(anchor);
  }
  const start = startOfWeek(anchor);
  return [Array.from({ length: 7 }, (_, i) => addDays(start, i))];
}

/** The anchor of the previous or next month or week. */
export function stepAnchor(view: 'month' | 'week', anchor: DayKey, direction: 1 | -1): DayKey {
  return view === 'month' ? addMonths(anchor, direction) : addDays(startOfWeek(anchor), 7 * direction);
}

/** The API's filter for the current view: the calendar's visible days, or the list's period. */
export function toSessionFilter(params: SessionListParams, today: DayKey): SessionFilter {
  const common: SessionFilter = {
    search: params.search.trim() || null,
    themeId: params.themeId,
    format: params.format,
    hostMunicipalityId: params.hostMunicipalityId,
  };
  if (params.view !== 'list') {
    const weeks = calendarDays(params.view, params.date ?? today);
    const first = weeks[0]![0]!;
    const last = weeks[weeks.length - 1]![6]!;
    return { ...common, from: startOfZonedDay(first).toISOString(), to: startOfZonedDay(addDays(last, 1)).toISOString() };
  }
  const from = params.from ?? (params.to ? null : today);
  return {
    ...common,
    from: from ? startOfZonedDay(from).toISOString() : null,
    to: params.to ? startOfZonedDay(addDays(params.to, 1)).toISOString() : null,
  };
}
