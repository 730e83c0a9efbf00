/**
 * The pairing engine's contract (`./pairing/engine`, built beside this feature): the types the
 * feature stores and exposes. Kept here so the stored explanation has one type either side of the
 * engine's arrival; the engine's own exports must stay assignable to these.
 */
export type { GroupForm } from './track.entity';

export interface LearningLine {
  goalId: string;
  learner: string;
  from: string;
  points: number;
}
