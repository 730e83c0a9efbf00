import { FOLLOW_UP_STATUSES, PRIORITIES, nextFollowUpStatuses } from '@rode-draad/shared';
import type { FollowUpStatus, Priority } from '../../gql/graphql';
import { dateTimeFormat } from '../../lib/dateFormat';

export { PRIORITIES };
export const STATUSES: readonly FollowUpStatus[] = FOLLOW_UP_STATUSES;

/** The statuses offered from a status: the shared workflow the API enforces too. */
export const nextStatuses = (from: FollowUpStatus): readonly FollowUpStatus[] => nextFollowUpStatuses(from);

export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}

export function isStatus(value: unknown): value is FollowUpStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** A LocalDate ("2024-03-01") is a calendar day: format it without shifting it through a time zone. */
export function formatLocalDate(value: string, language: string): string {
  return dateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}
