import {
  addDays,
  amsterdamWallClockOf,
  amsterdamWallClockToUtc,
  daysBetween,
  repeatOccurrences,
  type RepeatField,
} from '@rode-draad/shared';
import { BadInputError } from '../../common/errors';
import type { SessionSeriesInput } from './session-series.types';
import type { SessionInput } from './session.types';

/** Where a problem of the rule shows in the input: the times are the first session's. */
const FIELD_PATHS: Record<RepeatField, string> = {
  firstDate: 'first.startsAt',
  startTime: 'first.startsAt',
  endTime: 'first.endsAt',
  interval: 'repeat.interval',
  weekOfMonth: 'repeat.weekOfMonth',
  until: 'repeat.until',
  count: 'repeat.count',
};

/** One session of a series: its calendar date and what planning it sends. */
export interface SeriesSession {
  date: string;
  input: SessionInput;
}

/**
 * The sessions a series plans, from the rule and the first session as template: every date at the
 * first session's Amsterdam wall-clock start and end, with the registration deadline the same
 * number of days before at the same wall-clock time. The preview and the save both come from here,
 * so what is previewed is what is saved.
 */
export function seriesSessions(series: SessionSeriesInput): SeriesSession[] {
  const { first, repeat } = series;
  const start = amsterdamWallClockOf(first.startsAt);
  const end = amsterdamWallClockOf(first.endsAt);
  const deadline = first.registrationDeadline ? amsterdamWallClockOf(first.registrationDeadline) : null;
  const occurrences = repeatOccurrences(
    {
      firstDate: start.date,
      frequency: repeat.frequency,
      interval: repeat.interval,
      weekOfMonth: repeat.weekOfMonth,
      until: repeat.until,
      count: repeat.count,
    },
    { startTime: start.time, endTime: end.time, endDays: daysBetween(start.date, end.date) },
  );
  if (!occurrences.ok) {
    const { field, reason } = occurrences.problem;
    throw new BadInputError('The repeat rule gives no valid series.', [{ field: FIELD_PATHS[field], reason }]);
  }
  const deadlineDaysBefore = deadline ? daysBetween(deadline.date, start.date) : 0;
  return occurrences.value.map(({ date, startsAt, endsAt }) => ({
    date,
    input: {
      ...first,
      startsAt,
      endsAt,
      registrationDeadline: deadline
        ? amsterdamWallClockToUtc(addDays(date, -deadlineDaysBefore), deadline.time)
        : null,
    },
  }));
}

/** The series without the dates the planner dropped from the preview; each must be one of its dates. */
export function withoutSkipped(sessions: SeriesSession[], skipDates: string[]): SeriesSession[] {
  const dates = new Set(sessions.map((s) => s.date));
  if (skipDates.some((d) => !dates.has(d))) {
    throw new BadInputError('A date to skip is not a date of this series.', [
      { field: 'skipDates', reason: 'INVALID_DATE' },
    ]);
  }
  const kept = sessions.filter((s) => !skipDates.includes(s.date));
  if (kept.length === 0) {
    throw new BadInputError('Every date of the series is skipped.', [{ field: 'skipDates', reason: 'SERIES_EMPTY' }]);
  }
  return kept;
}
