/** Where a meeting stands for the group: cancelled, still to come, or held (its end has passed). */
export type MeetingState = 'CANCELLED' | 'UPCOMING' | 'HELD';

export function meetingState(meeting: { status: string; endsAt: string }, now: Date = new Date()): MeetingState {
  if (meeting.status === 'CANCELLED') {
    return 'CANCELLED';
  }
  return new Date(meeting.endsAt).getTime() <= now.getTime() ? 'HELD' : 'UPCOMING';
}

/** Upcoming meetings first (soonest first), then held ones (latest first), cancelled ones last. */
export function sortMeetings<M extends { status: string; startsAt: string; endsAt: string }>(
  meetings: readonly M[],
  now: Date = new Date(),
): M[] {
  const rank: Record<MeetingState, number> = { UPCOMING: 0, HELD: 1, CANCELLED: 2 };
  return [...meetings].sort((a, b) => {
    const byState = rank[meetingState(a, now)] - rank[meetingState(b, now)];
    if (byState !== 0) {
      return byState;
    }
    const diff = new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime();
    return meetingState(a, now) === 'UPCOMING' ? diff : -diff;
  });
}
