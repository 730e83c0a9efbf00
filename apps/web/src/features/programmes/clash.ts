import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formFieldOf } from './sessionForm';

export type ClashReason = 'VENUE_CLASH' | 'FACILITATOR_CLASH';

export interface Clash {
  reason: ClashReason;
  /** The row of a series the clash belongs to; null for a single session being edited. */
  row: number | null;
  /** The session already booked; null when the API could not name it. */
  with: { activityTitle: string; startsAt: string; endsAt: string; facilitatorName: string | null } | null;
}

const isClashReason = (value: unknown): value is ClashReason =>
  value === 'VENUE_CLASH' || value === 'FACILITATOR_CLASH';

/** A double booking the API refused (CONFLICT VENUE_CLASH / FACILITATOR_CLASH), or null for any other error. */
export function clashOf(error: unknown): Clash | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  const extensions = error.errors[0]?.extensions ?? {};
  if (extensions.code !== 'CONFLICT' || !isClashReason(extensions.reason)) {
    return null;
  }
  const field = typeof extensions.field === 'string' ? extensions.field : '';
  const details = extensions.clash;
  let booked: Clash['with'] = null;
  if (typeof details === 'object' && details !== null) {
    const { activityTitle, startsAt, endsAt, facilitatorName } = details as Record<string, unknown>;
    if (typeof activityTitle === 'string' && typeof startsAt === 'string' && typeof endsAt === 'string') {
      booked = {
        activityTitle,
        startsAt,
        endsAt,
        facilitatorName: typeof facilitatorName === 'string' ? facilitatorName : null,
      };
    }
  }
  return { reason: extensions.reason, row: formFieldOf(`${field}.x`).row, with: booked };
}
