import type { ParseKeys } from 'i18next';
import type { PeerEnrolmentFieldsFragment, PeerEnrolmentInput, PeerTrackFieldsFragment } from '../../gql/graphql';

/** 0–3, as the segmented controls hold them. */
export const LEVELS = ['0', '1', '2', '3'] as const;
export type Level = (typeof LEVELS)[number];

export interface DeclarationValues {
  goalId: string;
  need: Level;
  share: Level;
}

export interface EnrolmentFormValues {
  /** One per goal of the track, in the track's order. */
  declarations: DeclarationValues[];
  availableMonths: string[];
  contactUserIds: string[];
  prefer: string[];
  avoid: string[];
  consentShowGoals: boolean;
}

export const CONTACTS_MAX = 5;
export const PREFERENCES_MAX = 20;

const level = (value: number | undefined): Level => LEVELS[Math.min(3, Math.max(0, value ?? 0))]!;

/** Every month (YYYY-MM) of the track's period, the months an enrolment may offer. */
export function trackMonths(startsOn: string, endsOn: string): string[] {
  const months: string[] = [];
  let year = Number(startsOn.slice(0, 4));
  let month = Number(startsOn.slice(5, 7));
  const last = endsOn.slice(0, 7);
  for (let guard = 0; guard < 120; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) {
      break;
    }
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    year = month === 1 ? year + 1 : year;
  }
  return months;
}

/**
 * The form's values: the stored enrolment, or for a new one all goals at 0/0, every month of the period
 * and the viewer as the contact person. Goals added to the track after enrolling start at 0/0.
 */
export function enrolmentFormValues(
  track: Pick<PeerTrackFieldsFragment, 'goals' | 'startsOn' | 'endsOn'>,
  enrolment: PeerEnrolmentFieldsFragment | null,
  viewerId: string,
): EnrolmentFormValues {
  const goals = [...track.goals].sort((a, b) => a.position - b.position);
  const declared = new Map(enrolment?.declarations.map((d) => [d.goalId, d]) ?? []);
  const active = enrolment && !enrolment.withdrawnAt ? enrolment : null;
  return {
    declarations: goals.map((goal) => ({
      goalId: goal.id,
      need: level(active ? declared.get(goal.id)?.need : 0),
      share: level(active ? declared.get(goal.id)?.share : 0),
    })),
    availableMonths: active ? [...active.availableMonths].sort() : trackMonths(track.startsOn, track.endsOn),
    contactUserIds: active ? active.contacts.map((c) => c.userId) : [viewerId],
    prefer: active?.preferences.filter((p) => p.kind === 'PREFER').map((p) => p.municipalityId) ?? [],
    avoid: active?.preferences.filter((p) => p.kind === 'AVOID').map((p) => p.municipalityId) ?? [],
    consentShowGoals: active?.consentShowGoals ?? true,
  };
}

/** A translation key of the feature's namespace with its values, or null when the field is fine. */
export type Problem = { key: ParseKeys<'peerLearning'>; values?: Record<string, number> } | null;

export function validateEnrolmentForm(values: EnrolmentFormValues): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  if (values.declarations.every((d) => d.need === '0' && d.share === '0')) {
    problems.declarations = { key: 'enrolment.validation.nothingDeclared' };
  }
  if (values.availableMonths.length === 0) {
    problems.availableMonths = { key: 'enrolment.validation.noMonths' };
  }
  if (values.contactUserIds.length === 0) {
    problems.contactUserIds = { key: 'enrolment.validation.noContacts' };
  } else if (values.contactUserIds.length > CONTACTS_MAX) {
    problems.contactUserIds = { key: 'enrolment.validation.tooManyContacts', values: { max: CONTACTS_MAX } };
  }
  if (values.prefer.some((id) => values.avoid.includes(id))) {
    problems.avoid = { key: 'enrolment.validation.preferAndAvoid' };
  } else if (values.prefer.length + values.avoid.length > PREFERENCES_MAX) {
    problems.avoid = { key: 'enrolment.validation.tooManyPreferences', values: { max: PREFERENCES_MAX } };
  }
  return problems;
}

export function toEnrolmentInput(values: EnrolmentFormValues): PeerEnrolmentInput {
  return {
    declarations: values.declarations.map((d) => ({ goalId: d.goalId, need: Number(d.need), share: Number(d.share) })),
    availableMonths: [...values.availableMonths].sort(),
    contactUserIds: values.contactUserIds,
    preferences: [
      ...values.prefer.map((municipalityId) => ({ kind: 'PREFER' as const, municipalityId })),
      ...values.avoid.map((municipalityId) => ({ kind: 'AVOID' as const, municipalityId })),
    ],
    consentShowGoals: values.consentShowGoals,
  };
}
