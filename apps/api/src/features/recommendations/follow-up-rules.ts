import type { FollowUpStatus } from './recommendation.entity';

/**
 * The follow-up workflow: open → in progress → done, or not adopted (with a reason) from open or
 * in progress. Done can be reopened (back to in progress), and a rejected recommendation reconsidered.
 */
const TRANSITIONS: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'NOT_ADOPTED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'NOT_ADOPTED'],
  DONE: ['IN_PROGRESS'],
  NOT_ADOPTED: ['OPEN'],
};

export function mayTransition(from: FollowUpStatus, to: FollowUpStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
