import { describe, expect, it } from 'vitest';
import { moveMember, sameArrangement, splitOff, swapMembers, toArrangementInput } from './arrangement';
import { pairingProblem, parseViolation } from './pairingProblem';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const pairs = [
  ['a', 'b'],
  ['c', 'd'],
  ['e', 'f', 'g'],
];

describe('arranging groups by hand', () => {
  it('swaps two municipalities of different groups, and nothing within one group', () => {
    expect(swapMembers(pairs, 'b', 'c')).toEqual([
      ['a', 'c'],
      ['b', 'd'],
      ['e', 'f', 'g'],
    ]);
    expect(swapMembers(pairs, 'a', 'b')).toEqual(pairs);
  });

  it('moves a municipality to another group or a new one, dropping a group left empty', () => {
    expect(moveMember(pairs, 'g', 0)).toEqual([
      ['a', 'b', 'g'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(splitOff(pairs, 'g')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
    expect(moveMember([['a'], ['b', 'c']], 'a', 1)).toEqual([['b', 'c', 'a']]);
  });

  it('compares arrangements regardless of order', () => {
    expect(
      sameArrangement(pairs, [
        ['g', 'f', 'e'],
        ['b', 'a'],
        ['d', 'c'],
      ]),
    ).toBe(true);
    expect(sameArrangement(pairs, swapMembers(pairs, 'a', 'c'))).toBe(false);
  });

  it('writes the API input', () => {
    expect(toArrangementInput([['a', 'b']])).toEqual({ groups: [{ municipalityIds: ['a', 'b'] }] });
  });
});

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('pairing problems', () => {
  it('explains infeasible input by its reason and sends other conflicts to a reload', () => {
    expect(pairingProblem(apiError({ code: 'CONFLICT', reason: 'FORBIDDEN_PAIRS' }))).toEqual({
      kind: 'infeasible',
      reason: 'FORBIDDEN_PAIRS',
    });
    expect(
      pairingProblem(
        apiError({ code: 'BAD_USER_INPUT', fields: [{ field: 'groups', reason: 'ENROLMENT_WITHDRAWN' }] }),
      ),
    ).toEqual({ kind: 'infeasible', reason: 'ENROLMENT_WITHDRAWN' });
    expect(pairingProblem(apiError({ code: 'CONFLICT', reason: 'STALE_VERSION' }))).toEqual({ kind: 'conflict' });
    expect(pairingProblem(apiError({ code: 'FORBIDDEN' })).kind).toBe('other');
  });

  it('reads the engine violations', () => {
    expect(parseViolation('FORBIDDEN_PAIR:a,b')).toEqual({ kind: 'FORBIDDEN_PAIR', ids: ['a', 'b'] });
    expect(parseViolation('TOO_MANY_TRIOS')).toEqual({ kind: 'TOO_MANY_TRIOS', ids: [] });
    expect(parseViolation('SOMETHING_NEW:x').kind).toBeNull();
  });
});
