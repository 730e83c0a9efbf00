import {
  repeatDates,
  weekOfMonthOf,
  type RepeatFrequency,
  type RepeatReason,
  type WeekOfMonth,
} from '@rode-draad/shared';
import type { PlannedSessionFieldsFragment, RepeatInput, SessionSeriesInput } from '../../gql/graphql';
import { toSessionInput, type SessionRowValues, type SettableStatus } from './sessionForm';

/** The repeat rule as the form holds it; the first date and the times are the first session's. */
export interface RepeatValues {
  frequency: RepeatFrequency;
  interval: number | string;
  /** '1'…'5' or '-1' (the last): a Select's value. */
  weekOfMonth: string;
  end: 'until' | 'count';
  /** 'YYYY-MM-DD' or '' (the date picker's value). */
  until: string;
  count: number | string;
}

export type RepeatFormField = 'interval' | 'weekOfMonth' | 'until' | 'count';

export const defaultRepeat = (): RepeatValues => ({
  frequency: 'WEEKLY',
  interval: 1,
  weekOfMonth: '1',
  end: 'count',
  until: '',
  count: 4,
});

/**
 * The monthly choices a first date allows: its own week of the month ("the 2nd Tuesday") and, when
 * it is also the month's last such day, "the last Tuesday". A 5th is offered only from a 5th.
 */
export function weekOfMonthChoices(firstDate: string): WeekOfMonth[] {
  try {
    const { nth, last } = weekOfMonthOf(firstDate);
    return last ? [nth as WeekOfMonth, -1] : [nth as WeekOfMonth];
  } catch {
    return [];
  }
}

/** The weekday of a date, 0 = Sunday, for "every week on Tuesday"; null without a date. */
export function weekdayOf(date: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`).getUTCDay() : null;
}

const toNumber = (value: number | string) => (value === '' ? Number.NaN : Number(value));

export function toRepeatInput(values: RepeatValues): RepeatInput {
  return {
    frequency: values.frequency,
    interval: toNumber(values.interval),
    weekOfMonth: values.frequency === 'MONTHLY' ? Number(values.weekOfMonth) : null,
    until: values.end === 'until' ? values.until : null,
    count: values.end === 'count' ? toNumber(values.count) : null,
  };
}

/** What the API receives for a preview or a save (without the dropped dates). */
export function toSeriesInput(row: SessionRowValues, repeat: RepeatValues): SessionSeriesInput {
  return { first: toSessionInput(row), repeat: toRepeatInput(repeat) };
}

/**
 * The rule's problem before asking the API, with the same shared rule the API applies: the field of
 * this form it belongs to and the API's reason (translated like the API's). The first session's
 * own fields are checked by validateRow.
 */
export function validateRepeat(
  firstDate: string,
  values: RepeatValues,
): { field: RepeatFormField; reason: RepeatReason } | null {
  const input = toRepeatInput(values);
  if (values.end === 'until' && !values.until) {
    return { field: 'until', reason: 'INVALID_DATE' };
  }
  if (values.end === 'count' && values.count === '') {
    return { field: 'count', reason: 'OUT_OF_RANGE' };
  }
  const result = repeatDates({ ...input, interval: input.interval ?? 1, firstDate });
  if (result.ok) {
    return null;
  }
  const { field, reason } = result.problem;
  // Without a valid first date the first session's own field says so.
  return field === 'firstDate' ? null : { field: field as RepeatFormField, reason };
}

/** The repeat form's field for an API field path (repeat.count → count); null for other fields. */
export function repeatFieldOf(path: string): RepeatFormField | null {
  const match = /(?:^|\.)repeat\.(interval|weekOfMonth|until|count)$/.exec(path);
  return match ? (match[1] as RepeatFormField) : null;
}

/** Venue, capacity and status: what "same as previous" takes over; the rest stays as the planner set it. */
export type CarriedOver = Pick<SessionRowValues, 'venueId' | 'capacity' | 'status'>;

export function sameAsPrevious(row: SessionRowValues, previous: CarriedOver): SessionRowValues {
  return { ...row, venueId: previous.venueId, capacity: previous.capacity, status: previous.status };
}

/**
 * What the activity's last session (by start, not cancelled) carries over to a new one. A status
 * that follows from registrations or time (full, completed) becomes open: a new session is neither.
 */
export function carriedFromSession(
  sessions: readonly Pick<PlannedSessionFieldsFragment, 'startsAt' | 'status' | 'capacity' | 'venue'>[],
): CarriedOver | null {
  const last = [...sessions]
    .filter((s) => s.status !== 'CANCELLED')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .at(-1);
  if (!last) {
    return null;
  }
  const status: SettableStatus = last.status === 'DRAFT' ? 'DRAFT' : 'OPEN';
  return { venueId: last.venue?.id ?? null, capacity: last.capacity, status };
}
