import { ACTIVITY_FORMATS } from '@rode-draad/shared';
import type { SessionFilter } from '../../gql/graphql';
import {
  choiceField,
  defineListParams,
  idField,
  oneOfField,
  textField,
  type ListField,
  type ListParamsSpec,
} from '../../lib/listParams';
import { addDays, addMonths, monthGrid, parseDayKey, startOfWeek, startOfZonedDay, type DayKey } from './calendarDays';

export type SessionView = 'list' | 'month' | 'week';

const fields = defineListParams({
  view: {
    view: choiceField<SessionView>('view', ['list', 'month', 'week'], 'list'),
    /** The day the calendar shows (its month or week); today when absent. */
    date: dayField('date'),
  },
  filters: {
    search: textField('q'),
    themeId: idField('theme'),
    format: oneOfField('format', ACTIVITY_FORMATS),
    hostMunicipalityId: idField('host'),
    /** The list's period, as Amsterdam days (inclusive); from today when both are empty. */
    from: dayField('from'),
    to: dayField('to'),
  },
});

export type SessionListParams = typeof fields.defaults;

/** The page's state lives in the URL, so back, reload and shared links show the same sessions. */
export const sessionListParams: ListParamsSpec<SessionListParams> = {
  ...fields,
  // The day shown belongs to the calendar, paging and the period to the list: leave out what the view does not use.
  serialize: (params) =>
    fields.serialize(params.view === 'list' ? { ...params, date: null } : { ...params, from: null, to: null, page: 1 }),
};

function dayField(key: string): ListField<DayKey | null> {
  return { key, parse: parseDayKey, format: (value) => value };
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
    return {
      ...common,
      from: startOfZonedDay(first).toISOString(),
      to: startOfZonedDay(addDays(last, 1)).toISOString(),
    };
  }
  const from = params.from ?? (params.to ? null : today);
  return {
    ...common,
    from: from ? startOfZonedDay(from).toISOString() : null,
    to: params.to ? startOfZonedDay(addDays(params.to, 1)).toISOString() : null,
  };
}
