/** PAIRS: pairs, one trio only when the count is odd; PAIRS_OR_TRIOS: trios allowed anywhere. */
export type GroupForm = 'PAIRS' | 'PAIRS_OR_TRIOS';

/** An enrolled municipality: per goal (same order as `PairingInput.goals`) want to learn and can share, 0..3. */
export interface PairingMember {
  id: string;
  needs: number[];
  shares: number[];
}

export interface PairingInput {
  /** Goal ids; their order defines the needs/shares indexes. */
  goals: string[];
  members: PairingMember[];
  form: GroupForm;
  /** Groups to keep exactly (2 or 3 member ids). */
  locked: string[][];
  /** "Rather not": never in one group (either direction). Pairs naming a non-member are ignored. */
  forbidden: [string, string][];
  /** a prefers b: adds PREFER_BONUS to the pair's group. Pairs naming a non-member are ignored. */
  preferred: [string, string][];
  /** Met in an earlier track on the same theme: only together when nothing else places everyone. */
  repeats: [string, string][];
}

/** need_learner × share_from > 0 on one goal. */
export interface LearningLine {
  goalId: string;
  learner: string;
  from: string;
  points: number;
}

/**
 * COMPUTED: `costOfBreaking` holds the figure. NO_PLACEMENT_WITHOUT: nobody can be placed without this group
 * (`costOfBreaking` is null). NOT_COMPUTED: the pool is too large to re-solve once per group within the work
 * limit (`costOfBreaking` is null); see docs/pairing.md.
 */
export type CostOfBreakingStatus = 'COMPUTED' | 'NO_PLACEMENT_WITHOUT' | 'NOT_COMPUTED';

export interface ProposedGroup {
  /** Member ids, sorted. */
  members: string[];
  /** Complementarity: sum of the pairwise scores. */
  score: number;
  /** Prefer bonus: PREFER_BONUS per direction a member prefers another in the group. */
  bonus: number;
  locked: boolean;
  /** Pairs in this group that met in an earlier track. */
  repeats: number;
  explanation: {
    learning: LearningLine[];
    /** Optimum total now minus optimum total when this exact group is not allowed; null: see the status. */
    costOfBreaking: number | null;
    costOfBreakingStatus: CostOfBreakingStatus;
    /** Repeats in the best grouping without this group (null when not computed or none exists). */
    repeatsWithoutGroup: number | null;
  };
}

export type InfeasibleReason = 'NOT_ENOUGH_MEMBERS' | 'FORBIDDEN_PAIRS' | 'LOCKED_GROUP_INVALID';

export type PairingResult =
  | {
      feasible: true;
      groups: ProposedGroup[];
      /** Sum of score + bonus over all groups, locked ones included. */
      total: number;
      repeats: number;
      /** True when the grouping is proven optimal (and so is every computed costOfBreaking). */
      exact: boolean;
    }
  | {
      feasible: false;
      reason: InfeasibleReason;
      /** NOT_ENOUGH_MEMBERS, FORBIDDEN_PAIRS: ids of the members that cannot be placed. LOCKED_GROUP_INVALID: `CODE:ids`. */
      detail: string[];
    };

export interface ScoredGrouping {
  total: number;
  repeats: number;
  perGroup: { members: string[]; score: number; bonus: number }[];
  /** `CODE:ids` per broken rule, e.g. `FORBIDDEN_PAIR:a,b`, `NOT_PLACED:c`; empty when the grouping is valid. */
  violations: string[];
}
