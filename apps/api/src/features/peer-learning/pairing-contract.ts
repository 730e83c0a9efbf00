/**
 * The pairing engine as this feature uses it: the engine's own types (`./pairing/engine`), and the
 * port the service is built with (wired in services.ts), so the service's rules (locks, withdrawals,
 * staleness, publication) read apart from the matching.
 */
import type { PairingInput, PairingResult, ScoredGrouping } from './pairing/engine';

export type {
  GroupForm,
  LearningLine,
  PairingInput,
  PairingMember,
  PairingResult,
  ProposedGroup,
  ScoredGrouping,
} from './pairing/engine';

export interface PairingEngine {
  proposeGroups(input: PairingInput): PairingResult;
  scoreGroups(input: PairingInput, groups: string[][]): ScoredGrouping;
}
