import type { TFunction } from 'i18next';
import { SESSION_CAPACITY_MAX, validateRow } from './sessionForm';
import type { SessionsFormValues } from './SessionRowFields';

/** Mantine's form-level validation: every row's problems, keyed by their field paths. */
export function validateSessions(values: SessionsFormValues, t: TFunction<'programmes'>): Record<string, string> {
  const errors: Record<string, string> = {};
  values.sessions.forEach((row, i) => {
    for (const [field, key] of Object.entries(validateRow(row))) {
      errors[`sessions.${i}.${field}`] = t(`validation.${key}`, { max: SESSION_CAPACITY_MAX });
    }
  });
  return errors;
}
