import { describe, expect, it } from 'vitest';
import type { BoardCard } from './board';
import { columnsOf, mayMove, moveInput, moveTargets, needsReason } from './board';

const card = (id: string, status: BoardCard['status'], extra: Partial<BoardCard> = {}): BoardCard => ({
  __typename: 'Recommendation',
  id,
  reference: null,
  title: `Aanbeveling ${id}`,
  priority: 'P2',
  status,
  dueDate: null,
  overdue: false,
  version: 3,
  facet: { __typename: 'Facet', id: 'f', name: 'Facet' },
  themes: [],
  municipality: { __typename: 'Municipality', id: 'm', name: 'Almelo' },
  owner: null,
  ...extra,
});

describe('the follow-up board', () => {
  it('has a column per status in workflow order, keeping the list order inside', () => {
    const columns = columnsOf([card('a', 'DONE'), card('b', 'OPEN'), card('c', 'OPEN')]);
    expect(columns.map((c) => c.status)).toEqual(['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_ADOPTED']);
    expect(columns[0]!.cards.map((c) => c.id)).toEqual(['b', 'c']);
    expect(columns[1]!.cards).toEqual([]);
  });

  it('offers only valid moves', () => {
    expect(moveTargets(card('a', 'OPEN'))).toEqual(['IN_PROGRESS', 'DONE', 'NOT_ADOPTED']);
    expect(mayMove(card('a', 'DONE'), 'NOT_ADOPTED')).toBe(false);
    expect(mayMove(card('a', 'DONE'), 'DONE')).toBe(false);
    expect(mayMove(card('a', 'NOT_ADOPTED'), 'OPEN')).toBe(true);
  });

  it('asks a reason only for "not adopted"', () => {
    expect(needsReason('NOT_ADOPTED')).toBe(true);
    expect(needsReason('DONE')).toBe(false);
  });

  it('saves only the status, on the card’s version, with its owner and due date as shown', () => {
    const owned = card('a', 'OPEN', {
      owner: { __typename: 'Person', id: 'u1', name: 'Pim' },
      dueDate: '2024-01-01',
    });
    expect(moveInput(owned, 'IN_PROGRESS', 'ignored')).toEqual({
      status: 'IN_PROGRESS',
      reason: null,
      ownerUserId: 'u1',
      dueDate: '2024-01-01',
      expectedVersion: 3,
    });
    expect(moveInput(owned, 'NOT_ADOPTED', '  Geen budget ')).toMatchObject({ reason: 'Geen budget' });
  });
});
