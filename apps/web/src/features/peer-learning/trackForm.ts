import type { ParseKeys } from 'i18next';
import type { GroupForm, PeerTrackFieldsFragment, PeerTrackInput } from '../../gql/graphql';
import { amsterdamToUtc, toAmsterdamParts } from '../../lib/amsterdamTime';

/** The API's limits on a track (PeerTrackInput). */
export const TRACK_GOALS_MAX = 12;
export const TRACK_TITLE_MAX_LENGTH = 200;
export const TRACK_GOAL_MAX_LENGTH = 200;
export const TRACK_DESCRIPTION_MAX_LENGTH = 10000;

/** A track as its form edits it: dates and times as typed (Amsterdam wall clock), goals in order. */
export interface TrackFormValues {
  programmeId: string | null;
  themeIds: string[];
  title: string;
  description: string;
  goals: string[];
  startsOn: string;
  endsOn: string;
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  /** Optional: both empty for "no evaluation window yet". */
  evaluationDate: string;
  evaluationTime: string;
  groupForm: GroupForm;
  multipleGroupsAllowed: boolean;
}

/** A translation key of the feature's namespace with its values, or null when the field is fine. */
export type Problem = { key: ParseKeys<'peerLearning'>; values?: Record<string, number> } | null;

export function trackFormValues(track: PeerTrackFieldsFragment | null, programmeId: string | null): TrackFormValues {
  if (!track) {
    return {
      programmeId,
      themeIds: [],
      title: '',
      description: '',
      goals: [''],
      startsOn: '',
      endsOn: '',
      opensDate: '',
      opensTime: '09:00',
      closesDate: '',
      closesTime: '17:00',
      evaluationDate: '',
      evaluationTime: '',
      groupForm: 'PAIRS',
      multipleGroupsAllowed: false,
    };
  }
  const opens = toAmsterdamParts(track.enrolmentOpensAt);
  const closes = toAmsterdamParts(track.enrolmentClosesAt);
  const evaluation = track.evaluationClosesAt ? toAmsterdamParts(track.evaluationClosesAt) : { date: '', time: '' };
  return {
    programmeId: track.programmeId,
    themeIds: track.themes.map((theme) => theme.id),
    title: track.title,
    description: track.description,
    goals: [...track.goals].sort((a, b) => a.position - b.position).map((goal) => goal.title),
    startsOn: track.startsOn,
    endsOn: track.endsOn,
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    evaluationDate: evaluation.date,
    evaluationTime: evaluation.time,
    groupForm: track.groupForm,
    multipleGroupsAllowed: track.multipleGroupsAllowed,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const evaluationAt = (values: TrackFormValues): string | null =>
  values.evaluationDate === '' && values.evaluationTime === ''
    ? null
    : amsterdamToUtc(values.evaluationDate, values.evaluationTime || '23:59');

/** Per field, what is wrong before the API is asked; keys are the form's field paths. */
export function validateTrackForm(values: TrackFormValues): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const set = (field: string, problem: Problem) => {
    if (problem) {
      problems[field] = problem;
    }
  };
  set('programmeId', values.programmeId ? null : { key: 'validation.required' });
  set('themeIds', values.themeIds.length > 0 ? null : { key: 'validation.themeRequired' });
  set(
    'title',
    values.title.trim() === ''
      ? { key: 'validation.required' }
      : values.title.length > TRACK_TITLE_MAX_LENGTH
        ? { key: 'validation.maxLength', values: { max: TRACK_TITLE_MAX_LENGTH } }
        : null,
  );
  set(
    'description',
    values.description.length > TRACK_DESCRIPTION_MAX_LENGTH
      ? { key: 'validation.maxLength', values: { max: TRACK_DESCRIPTION_MAX_LENGTH } }
      : null,
  );
  if (values.goals.length === 0) {
    set('goals', { key: 'validation.goalRequired' });
  } else if (values.goals.length > TRACK_GOALS_MAX) {
    set('goals', { key: 'validation.tooManyGoals', values: { max: TRACK_GOALS_MAX } });
  }
  values.goals.forEach((goal, i) =>
    set(
      `goals.${i}`,
      goal.trim() === ''
        ? { key: 'validation.required' }
        : goal.length > TRACK_GOAL_MAX_LENGTH
          ? { key: 'validation.maxLength', values: { max: TRACK_GOAL_MAX_LENGTH } }
          : null,
    ),
  );
  set('startsOn', DATE.test(values.startsOn) ? null : { key: 'validation.date' });
  set(
    'endsOn',
    !DATE.test(values.endsOn)
      ? { key: 'validation.date' }
      : DATE.test(values.startsOn) && values.endsOn < values.startsOn
        ? { key: 'validation.endsBeforeStart' }
        : null,
  );
  const opens = amsterdamToUtc(values.opensDate, values.opensTime);
  const closes = amsterdamToUtc(values.closesDate, values.closesTime);
  set('opensDate', opens ? null : { key: 'validation.dateTime' });
  set(
    'closesDate',
    !closes
      ? { key: 'validation.dateTime' }
      : opens && closes <= opens
        ? { key: 'validation.closesBeforeOpens' }
        : null,
  );
  const evaluation = evaluationAt(values);
  if (values.evaluationDate !== '' || values.evaluationTime !== '') {
    set(
      'evaluationDate',
      !evaluation
        ? { key: 'validation.dateTime' }
        : closes && evaluation <= closes
          ? { key: 'validation.evaluationBeforeClose' }
          : null,
    );
  }
  return problems;
}

/** The API's input; call only with values that passed `validateTrackForm`. */
export function toTrackInput(values: TrackFormValues): PeerTrackInput {
  return {
    programmeId: values.programmeId ?? '',
    themeIds: values.themeIds,
    title: values.title.trim(),
    description: values.description.trim(),
    goals: values.goals.map((goal) => goal.trim()),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    enrolmentOpensAt: amsterdamToUtc(values.opensDate, values.opensTime) ?? '',
    enrolmentClosesAt: amsterdamToUtc(values.closesDate, values.closesTime) ?? '',
    evaluationClosesAt: evaluationAt(values),
    groupForm: values.groupForm,
    multipleGroupsAllowed: values.multipleGroupsAllowed,
  };
}

/** Moves the goal at `from` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveGoal(goals: readonly string[], from: number, step: -1 | 1): string[] {
  const to = from + step;
  if (from < 0 || from >= goals.length || to < 0 || to >= goals.length) {
    return [...goals];
  }
  const next = [...goals];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
