import { toApiProblem } from '../../lib/errors';

/** Why a pairing action failed, as the review page explains it. */
export type PairingProblem =
  { kind: 'conflict' } | { kind: 'infeasible'; reason: InfeasibleReason } | { kind: 'other'; error: unknown };

export const INFEASIBLE_REASONS = [
  'NOT_ENOUGH_MEMBERS',
  'FORBIDDEN_PAIRS',
  'LOCKED_GROUP_INVALID',
  'ENROLMENT_WITHDRAWN',
  'PROPOSAL_PUBLISHED',
] as const;
export type InfeasibleReason = (typeof INFEASIBLE_REASONS)[number];

const isInfeasible = (reason: string | undefined): reason is InfeasibleReason =>
  INFEASIBLE_REASONS.some((r) => r === reason);

/**
 * Sorts a failed run, lock, rearrangement or publication: someone else changed the proposal or the
 * enrolments (reload), the rules leave no grouping (explain), or anything else (the generic message).
 */
export function pairingProblem(error: unknown): PairingProblem {
  const { code, reason, fields } = toApiProblem(error);
  const fieldReason = fields.map((f) => f.reason).find(isInfeasible);
  if (isInfeasible(reason)) {
    return { kind: 'infeasible', reason };
  }
  if (fieldReason) {
    return { kind: 'infeasible', reason: fieldReason };
  }
  if (code === 'CONFLICT') {
    return { kind: 'conflict' };
  }
  return { kind: 'other', error };
}

export const VIOLATION_KINDS = [
  'FORBIDDEN_PAIR',
  'GROUP_SIZE',
  'NOT_PLACED',
  'PLACED_TWICE',
  'TOO_MANY_TRIOS',
  'LOCK_BROKEN',
  'UNKNOWN_MEMBER',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

/** The engine's violation ("KIND:id,id") as a kind and the municipalities it names. */
export function parseViolation(violation: string): { kind: ViolationKind | null; ids: string[] } {
  const [kind = '', ids = ''] = violation.split(':');
  return {
    kind: VIOLATION_KINDS.find((k) => k === kind) ?? null,
    ids: ids.split(',').filter(Boolean),
  };
}
