import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { formatAmsterdamRange } from '../../lib/amsterdamTime';
import { describeError, toApiProblem } from '../../lib/errors';
import { clashOf } from './clash';
import { formFieldOf, type RowErrorKey } from './sessionForm';
import type { SessionsFormValues } from './SessionRowFields';

/** The API's field reasons (its own codes and class-validator's) in this form's wording. */
const REASON_KEYS: Partial<
  Record<string, RowErrorKey | 'unknownVenue' | 'unknownFacilitator' | 'unknownMunicipality'>
> = {
  ENDS_BEFORE_START: 'endsBeforeStart',
  DEADLINE_AFTER_START: 'deadlineAfterStart',
  PLACE_REQUIRED: 'placeRequired',
  UNKNOWN_VENUE: 'unknownVenue',
  UNKNOWN_FACILITATOR: 'unknownFacilitator',
  UNKNOWN_MUNICIPALITY: 'unknownMunicipality',
  EXCEEDS_CAPACITY: 'maxPerMunicipality',
  isUrl: 'url',
};

export type SessionSaveProblem = { kind: 'message'; text: string } | { kind: 'fields' };

/**
 * Puts a refused save where the planner looks: a double booking on the venue or facilitators of
 * the row it belongs to (naming the session already there), bad input at its field; returns what
 * the form should say above the rows.
 */
export function showSessionSaveError(
  error: unknown,
  form: UseFormReturnType<SessionsFormValues>,
  t: TFunction<'programmes'>,
  tc: TFunction,
  locale: string,
  series: boolean,
): SessionSaveProblem {
  const clash = clashOf(error);
  if (clash) {
    const row = clash.row ?? 0;
    const message = clash.with
      ? t(`clash.${clash.reason}`, {
          activity: clash.with.activityTitle,
          when: formatAmsterdamRange(clash.with.startsAt, clash.with.endsAt, locale),
          facilitator: clash.with.facilitatorName ?? '',
        })
      : t(`clash.${clash.reason}_unknown`);
    form.setFieldError(`sessions.${row}.${clash.reason === 'VENUE_CLASH' ? 'venueId' : 'facilitatorIds'}`, message);
    return { kind: 'message', text: series ? t('clash.inRow', { n: row + 1, message }) : message };
  }
  // A stale version is the edit form's to handle (useStaleVersion) before it gets here.
  const problem = toApiProblem(error);
  let placed = false;
  for (const { field, reason } of problem.fields) {
    const { row, field: formField } = formFieldOf(field);
    if (formField) {
      const key = REASON_KEYS[reason] ?? (formField === 'capacity' ? 'capacity' : null);
      form.setFieldError(
        `sessions.${row ?? 0}.${formField}`,
        key ? t(`validation.${key}`, { max: 10000 }) : tc('errors.field.invalid'),
      );
      placed = true;
    }
  }
  if (placed) {
    return { kind: 'fields' };
  }
  const { message } = describeError(error);
  return { kind: 'message', text: tc(message.key, message.values) };
}
