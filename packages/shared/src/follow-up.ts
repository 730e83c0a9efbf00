export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const FOLLOW_UP_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_ADOPTED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * The follow-up workflow: open → in progress → done, or not adopted (with a reason) from open or
 * in progress. Done can be reopened (back to in progress), and a rejected recommendation
 * reconsidered. The API enforces it; the web app uses it to offer only possible choices.
 */
const TRANSITIONS: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'NOT_ADOPTED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'NOT_ADOPTED'],
  DONE: ['IN_PROGRESS'],
  NOT_ADOPTED: ['OPEN'],
};

export function nextFollowUpStatuses(from: FollowUpStatus): readonly FollowUpStatus[] {
  return TRANSITIONS[from];
}

export function mayTransition(from: FollowUpStatus, to: FollowUpStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Closed follow-up: nothing is due any more. */
export const CLOSED_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['DONE', 'NOT_ADOPTED'];

/**
 * Overdue: the due date (a calendar day) lies before today in Europe/Amsterdam and the follow-up is
 * not closed. `today` is that day as "YYYY-MM-DD"; the API filters on the same rule in SQL.
 */
export function isOverdue(status: FollowUpStatus, dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today && !CLOSED_FOLLOW_UP_STATUSES.includes(status);
}
