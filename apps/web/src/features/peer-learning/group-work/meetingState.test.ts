import { describe, expect, it } from 'vitest';
import { meetingState, sortMeetings } from './meetingState';

const now = new Date('2026-06-01T12:00:00Z');
const m = (id: string, startsAt: string, status = 'PLANNED') => ({
  id,
  status,
  startsAt,
  endsAt: new Date(new Date(startsAt).getTime() + 3600 * 1000).toISOString(),
});

describe('meetingState', () => {
  it('tells cancelled, upcoming and held meetings apart', () => {
    expect(meetingState(m('a', '2026-06-02T09:00:00Z'), now)).toBe('UPCOMING');
    expect(meetingState(m('b', '2026-05-02T09:00:00Z'), now)).toBe('HELD');
    expect(meetingState(m('c', '2026-06-02T09:00:00Z', 'CANCELLED'), now)).toBe('CANCELLED');
    // A meeting under way counts as upcoming until it ends.
    expect(meetingState(m('d', '2026-06-01T11:30:00Z'), now)).toBe('UPCOMING');
  });

  it('sorts upcoming soonest first, then held latest first, then cancelled', () => {
    const sorted = sortMeetings(
      [
        m('held-old', '2026-01-01T09:00:00Z'),
        m('cancelled', '2026-07-01T09:00:00Z', 'CANCELLED'),
        m('later', '2026-08-01T09:00:00Z'),
        m('held-recent', '2026-05-01T09:00:00Z'),
        m('soon', '2026-06-05T09:00:00Z'),
      ],
      now,
    );
    expect(sorted.map((x) => x.id)).toEqual(['soon', 'later', 'held-recent', 'held-old', 'cancelled']);
  });
});
