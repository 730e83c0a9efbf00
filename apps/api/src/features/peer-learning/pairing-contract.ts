/**
 * The pairing engine's contract (`./pairing/engine`, built beside this feature). The service talks
 * to the engine through this port, wired in services.ts, so its rules (locks, withdrawals, staleness,
 * publication) can be read without the matching, and the stored explanation has one type.
 */
import type { GroupForm } from './track.entity';

export type { GroupForm };

export interface PairingMember {
  id: string;
  needs: number[];
  shares: number[];
}

export interface PairingInput {
  goals: string[];
  members: PairingMember[];
  form: GroupForm;
  locked: string[][];
  forbidden: [string, string][];
  preferred: [string, string][];
  repeats: [string, string][];
}

export interface LearningLine {
  goalId: string;
  learner: string;
  from: string;
  points: number;
}

export interface ProposedGroup {
  members: string[];
  score: number;
  bonus: number;
  locked: boolean;
  repeats: number;
  explanation: { learning: LearningLine[]; costOfBreaking: number | null };
}

export type PairingResult =
  | { feasible: true; groups: ProposedGroup[]; total: number; repeats: number; exact: boolean }
  | { feasible: false; reason: 'NOT_ENOUGH_MEMBERS' | 'FORBIDDEN_PAIRS' | 'LOCKED_GROUP_INVALID'; detail: string[] };

export interface ArrangementScore {
  total: number;
  repeats: number;
  perGroup: { members: string[]; score: number; bonus: number }[];
  violations: string[];
}

export interface PairingEngine {
  proposeGroups(input: PairingInput): PairingResult;
  scoreGroups(input: PairingInput, groups: string[][]): ArrangementScore;
}
