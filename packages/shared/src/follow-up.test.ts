import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_STATUSES, isOverdue, mayTransition, nextFollowUpStatuses } from './follow-up';

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

describe('overdue', () => {
  it('is a due date before today while the follow-up is open or in progress', () => {
    expect(isOverdue('OPEN', '2025-03-09', '2025-03-10')).toBe(true);
    expect(isOverdue('IN_PROGRESS', '2025-03-09', '2025-03-10')).toBe(true);
    // Due today is not late yet; no due date is never late.
    expect(isOverdue('OPEN', '2025-03-10', '2025-03-10')).toBe(false);
    expect(isOverdue('OPEN', null, '2025-03-10')).toBe(false);
  });

  it('never holds for closed follow-up', () => {
    expect(isOverdue('DONE', '2020-01-01', '2025-03-10')).toBe(false);
    expect(isOverdue('NOT_ADOPTED', '2020-01-01', '2025-03-10')).toBe(false);
  });
});
