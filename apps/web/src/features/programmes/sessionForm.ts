import { EVALUATION_WINDOW_DAYS_DEFAULT, EVALUATION_WINDOW_DAYS_MAX } from '@rode-draad/shared';
import type { PlannedSessionFieldsFragment, SessionInput, SessionStatus } from '../../gql/graphql';
import { amsterdamToUtc, toAmsterdamParts } from '../../lib/amsterdamTime';

export const SESSION_CAPACITY_MAX = 10000;
export type SettableStatus = Extract<SessionStatus, 'DRAFT' | 'OPEN' | 'COMPLETED'>;
export const SETTABLE_STATUSES: readonly SettableStatus[] = ['DRAFT', 'OPEN', 'COMPLETED'];

/** One session as the planning form holds it: Amsterdam wall-clock dates and times, as typed. */
export interface SessionRowValues {
  date: string;
  start: string;
  end: string;
  venueId: string | null;
  onlineUrl: string;
  hostMunicipalityId: string | null;
  capacity: number | string;
  deadlineDate: string;
  deadlineTime: string;
  maxPerMunicipality: number | string;
  facilitatorIds: string[];
  showParticipantNames: boolean;
  /** Days after the end during which attendees evaluate; results are released when it closes. */
  evaluationWindowDays: number | string;
  status: SettableStatus;
}

/** Validation messages are keys of the `programmes` namespace's `validation` group. */
export type RowErrorKey =
  | 'required'
  | 'date'
  | 'time'
  | 'endsBeforeStart'
  | 'deadlineAfterStart'
  | 'deadlineIncomplete'
  | 'placeRequired'
  | 'url'
  | 'capacity'
  | 'maxPerMunicipality'
  | 'evaluationWindow';

export type RowField = keyof SessionRowValues;

export const emptyRow = (): SessionRowValues => ({
  date: '',
  start: '09:30',
  end: '12:30',
  venueId: null,
  onlineUrl: '',
  hostMunicipalityId: null,
  capacity: 25,
  deadlineDate: '',
  deadlineTime: '',
  maxPerMunicipality: '',
  facilitatorIds: [],
  showParticipantNames: false,
  evaluationWindowDays: EVALUATION_WINDOW_DAYS_DEFAULT,
  status: 'DRAFT',
});

/** The next part of a series: the same set-up a week later, so a three-part masterclass is three clicks. */
export function nextRow(previous: SessionRowValues | undefined): SessionRowValues {
  if (!previous) {
    return emptyRow();
  }
  return {
    ...previous,
    date: addDays(previous.date, 7),
    deadlineDate: previous.deadlineDate ? addDays(previous.deadlineDate, 7) : '',
  };
}

function addDays(date: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return '';
  }
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days)).toISOString().slice(0, 10);
}

export function rowFromSession(session: PlannedSessionFieldsFragment): SessionRowValues {
  const start = toAmsterdamParts(session.startsAt);
  const end = toAmsterdamParts(session.endsAt);
  const deadline = toAmsterdamParts(session.registrationDeadline);
  const status = SETTABLE_STATUSES.find((s) => s === session.status) ?? 'OPEN';
  return {
    date: start.date,
    start: start.time,
    end: end.time,
    venueId: session.venue?.id ?? null,
    onlineUrl: session.onlineUrl ?? '',
    hostMunicipalityId: session.hostMunicipality?.id ?? null,
    capacity: session.capacity,
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    maxPerMunicipality: session.maxPerMunicipality ?? '',
    facilitatorIds: session.facilitators.map((f) => f.id),
    showParticipantNames: session.showParticipantNames,
    evaluationWindowDays: session.evaluationWindowDays,
    status,
  };
}

const isCount = (value: number | string, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;

/** Start and end as UTC instants; null while the row's date or times are incomplete. */
export function rowTimes(row: SessionRowValues): { startsAt: string; endsAt: string } | null {
  const startsAt = amsterdamToUtc(row.date, row.start);
  const endsAt = amsterdamToUtc(row.date, row.end);
  return startsAt && endsAt && endsAt > startsAt ? { startsAt, endsAt } : null;
}

/** Everything the API would refuse, checked before sending so each problem shows at its field. */
export function validateRow(row: SessionRowValues): Partial<Record<RowField, RowErrorKey>> {
  const errors: Partial<Record<RowField, RowErrorKey>> = {};
  const startsAt = amsterdamToUtc(row.date, row.start);
  if (!row.date) {
    errors.date = 'required';
  } else if (!amsterdamToUtc(row.date, '00:00')) {
    errors.date = 'date';
  }
  if (!/^\d{2}:\d{2}$/.test(row.start)) {
    errors.start = 'time';
  }
  if (!/^\d{2}:\d{2}$/.test(row.end)) {
    errors.end = 'time';
  } else if (startsAt && !rowTimes(row)) {
    errors.end = 'endsBeforeStart';
  }
  if (!row.venueId && !row.onlineUrl.trim()) {
    errors.venueId = 'placeRequired';
  }
  if (row.onlineUrl.trim() && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(row.onlineUrl.trim())) {
    errors.onlineUrl = 'url';
  }
  if (!isCount(row.capacity, SESSION_CAPACITY_MAX)) {
    errors.capacity = 'capacity';
  }
  if (
    row.maxPerMunicipality !== '' &&
    !(
      isCount(row.maxPerMunicipality, SESSION_CAPACITY_MAX) &&
      (typeof row.capacity !== 'number' || row.maxPerMunicipality <= row.capacity)
    )
  ) {
    errors.maxPerMunicipality = 'maxPerMunicipality';
  }
  if (!isCount(row.evaluationWindowDays, EVALUATION_WINDOW_DAYS_MAX)) {
    errors.evaluationWindowDays = 'evaluationWindow';
  }
  if (Boolean(row.deadlineDate) !== Boolean(row.deadlineTime)) {
    errors.deadlineDate = 'deadlineIncomplete';
  } else if (row.deadlineDate) {
    const deadline = amsterdamToUtc(row.deadlineDate, row.deadlineTime);
    if (!deadline) {
      errors.deadlineDate = 'date';
    } else if (startsAt && deadline > startsAt) {
      errors.deadlineDate = 'deadlineAfterStart';
    }
  }
  return errors;
}

/** The API's input for a valid row (see validateRow). */
export function toSessionInput(row: SessionRowValues): SessionInput {
  const times = rowTimes(row);
  if (!times) {
    throw new Error('toSessionInput needs a validated row');
  }
  return {
    ...times,
    venueId: row.venueId,
    onlineUrl: row.onlineUrl.trim() || null,
    hostMunicipalityId: row.hostMunicipalityId,
    capacity: Number(row.capacity),
    registrationDeadline: row.deadlineDate ? amsterdamToUtc(row.deadlineDate, row.deadlineTime) : null,
    maxPerMunicipality: row.maxPerMunicipality === '' ? null : Number(row.maxPerMunicipality),
    facilitatorIds: row.facilitatorIds,
    showParticipantNames: row.showParticipantNames,
    evaluationWindowDays: Number(row.evaluationWindowDays),
    status: row.status,
  };
}

/** The API names session fields as in SessionInput; the form splits some of them. */
const API_TO_FORM: Partial<Record<string, RowField>> = {
  startsAt: 'start',
  endsAt: 'end',
  registrationDeadline: 'deadlineDate',
  venueId: 'venueId',
  onlineUrl: 'onlineUrl',
  hostMunicipalityId: 'hostMunicipalityId',
  capacity: 'capacity',
  maxPerMunicipality: 'maxPerMunicipality',
  facilitatorIds: 'facilitatorIds',
  evaluationWindowDays: 'evaluationWindowDays',
};

/**
 * Where an API field path lands in the form: `sessions.1.endsAt` → row 1, field `end`; a single
 * session's `endsAt` → row null.
 */
export function formFieldOf(path: string): { row: number | null; field: RowField | null } {
  // Validation errors carry the argument's name first (input.sessions.0.capacity), domain errors do not.
  const parts = path.split('.');
  const at = parts.indexOf('sessions');
  const row = at >= 0 && /^\d+$/.test(parts[at + 1] ?? '') ? Number(parts[at + 1]) : null;
  const name = parts[parts.length - 1];
  return { row, field: name ? (API_TO_FORM[name] ?? null) : null };
}
