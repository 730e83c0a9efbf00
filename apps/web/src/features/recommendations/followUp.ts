import type { FollowUpStatus, Priority } from '../../gql/graphql';

export const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];
export const STATUSES: readonly FollowUpStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_ADOPTED'];

/**
 * The statuses offered from each status. The API decides (and refuses others with
 * INVALID_TRANSITION); this copy only keeps impossible choices out of the form.
 */
const TRANSITIONS: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'NOT_ADOPTED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'NOT_ADOPTED'],
  DONE: ['IN_PROGRESS'],
  NOT_ADOPTED: ['OPEN'],
};

export function nextStatuses(from: FollowUpStatus): readonly FollowUpStatus[] {
  return TRANSITIONS[from];
}

export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}

export function isStatus(value: unknown): value is FollowUpStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** A LocalDate ("2024-03-01") is a calendar day: format it without shifting it through a time zone. */
export function formatLocalDate(value: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}
