import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES, mayTransition, nextFollowUpStatuses } from './follow-up';

describe('follow-up workflow', () => {
  it('offers the documented next statuses', () => {
    expect(nextFollowUpStatuses('OPEN')).toEqual(['IN_PROGRESS', 'DONE', 'NOT_ADOPTED']);
    expect(nextFollowUpStatuses('DONE')).toEqual(['IN_PROGRESS']);
    expect(nextFollowUpStatuses('NOT_ADOPTED')).toEqual(['OPEN']);
  });

  it('never offers staying in the same status', () => {
    for (const status of FOLLOW_UP_STATUSES) {
      expect(mayTransition(status, status)).toBe(false);
    }
  });
});
