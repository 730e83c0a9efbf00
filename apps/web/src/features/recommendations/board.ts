import type { FollowUpInput, FollowUpStatus, RecommendationListFieldsFragment } from '../../gql/graphql';
import { STATUSES, nextStatuses } from './followUp';

export type BoardCard = RecommendationListFieldsFragment;

/** The board's columns: one per status, in the workflow's order, each with its cards in list order. */
export function columnsOf(cards: readonly BoardCard[]): { status: FollowUpStatus; cards: BoardCard[] }[] {
  return STATUSES.map((status) => ({ status, cards: cards.filter((card) => card.status === status) }));
}

/** Where a card may go: the same workflow the panel and the API use. */
export function moveTargets(card: Pick<BoardCard, 'status'>): readonly FollowUpStatus[] {
  return nextStatuses(card.status);
}

export function mayMove(card: Pick<BoardCard, 'status'>, to: FollowUpStatus): boolean {
  return moveTargets(card).includes(to);
}

/** "Not adopted" needs a reason, asked for in a dialog before the move is sent. */
export const needsReason = (to: FollowUpStatus): boolean => to === 'NOT_ADOPTED';

/**
 * The follow-up a move saves: only the status (and its reason) changes; owner and due date are sent
 * as the card shows them, on the card's version, so a change by someone else since the board
 * loaded is refused as STALE_VERSION instead of being overwritten.
 */
export function moveInput(card: BoardCard, to: FollowUpStatus, reason: string | null = null): FollowUpInput {
  return {
    status: to,
    reason: needsReason(to) ? (reason?.trim() ?? null) : null,
    ownerUserId: card.owner?.id ?? null,
    dueDate: card.dueDate ?? null,
    expectedVersion: card.version,
  };
}
