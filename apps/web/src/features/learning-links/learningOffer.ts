import type { LearningKind } from '../../gql/graphql';

interface OfferLike {
  kind: LearningKind;
  sessionStatus?: string | null;
  registrationDeadline?: string | null;
}

/** Colleagues can be registered for a session that is open (or full: waitlist) and whose deadline has not passed. */
export function registrationOpen(item: OfferLike, now: Date): boolean {
  return (
    item.kind === 'SESSION' &&
    (item.sessionStatus === 'OPEN' || item.sessionStatus === 'FULL') &&
    !!item.registrationDeadline &&
    new Date(item.registrationDeadline).getTime() > now.getTime()
  );
}

/** The offer split for display: what is coming, and what already happened or has no date. */
export function splitOffer<T extends { upcoming: boolean }>(items: readonly T[]): { upcoming: T[]; other: T[] } {
  return { upcoming: items.filter((i) => i.upcoming), other: items.filter((i) => !i.upcoming) };
}
