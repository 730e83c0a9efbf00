import type { PeerProposalFieldsFragment } from '../../gql/graphql';

/** A grouping as staff rearrange it by hand: each group its municipality ids, in the proposal's order. */
export type Arrangement = string[][];

export function arrangementOf(proposal: Pick<PeerProposalFieldsFragment, 'groups'>): Arrangement {
  return [...proposal.groups].sort((a, b) => a.position - b.position).map((g) => g.members.map((m) => m.id));
}

const locate = (arrangement: Arrangement, id: string): number => arrangement.findIndex((g) => g.includes(id));

/** Moves a municipality into another group (or a new one with `to` = arrangement length); empty groups go. */
export function moveMember(arrangement: Arrangement, id: string, to: number): Arrangement {
  const from = locate(arrangement, id);
  if (from < 0 || from === to || to < 0 || to > arrangement.length) {
    return arrangement.map((g) => [...g]);
  }
  const next = arrangement.map((g) => g.filter((member) => member !== id));
  if (to === arrangement.length) {
    next.push([id]);
  } else {
    next[to]!.push(id);
  }
  return next.filter((g) => g.length > 0);
}

/** Swaps two municipalities of different groups; anything else leaves the arrangement as it is. */
export function swapMembers(arrangement: Arrangement, a: string, b: string): Arrangement {
  const ga = locate(arrangement, a);
  const gb = locate(arrangement, b);
  if (ga < 0 || gb < 0 || ga === gb) {
    return arrangement.map((g) => [...g]);
  }
  return arrangement.map((group) => group.map((member) => (member === a ? b : member === b ? a : member)));
}

/** Splits a group: `id` leaves it and forms a group of its own (to be joined by another move). */
export function splitOff(arrangement: Arrangement, id: string): Arrangement {
  return moveMember(arrangement, id, arrangement.length);
}

export function sameArrangement(a: Arrangement, b: Arrangement): boolean {
  const key = (arrangement: Arrangement) =>
    arrangement
      .map((g) => [...g].sort().join(','))
      .sort()
      .join('|');
  return key(a) === key(b);
}

export function toArrangementInput(arrangement: Arrangement) {
  return { groups: arrangement.map((municipalityIds) => ({ municipalityIds })) };
}
