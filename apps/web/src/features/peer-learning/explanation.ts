import type { PeerGroupFieldsFragment, PeerProposalFieldsFragment } from '../../gql/graphql';

type ProposalGroup = PeerProposalFieldsFragment['groups'][number];

export interface GoalLine {
  learner: string;
  from: string;
  /** Staff only; absent in what members see. */
  points?: number;
}

export interface GoalExplanation {
  goalId: string;
  goalTitle: string;
  lines: GoalLine[];
}

interface Goal {
  id: string;
  title: string;
  position: number;
}

const byPosition = (goals: readonly Goal[]) => [...goals].sort((a, b) => a.position - b.position);

/** Staff's explanation of a group: per goal of the track (in order), who learns from whom and for how many points. */
export function explainProposalGroup(group: ProposalGroup, goals: readonly Goal[]): GoalExplanation[] {
  const names = new Map(group.members.map((m) => [m.id, m.name]));
  return byPosition(goals)
    .map((goal) => ({
      goalId: goal.id,
      goalTitle: goal.title,
      lines: group.learning
        .filter((line) => line.goalId === goal.id && line.points > 0)
        .map((line) => ({
          learner: names.get(line.learnerId) ?? '?',
          from: names.get(line.fromId) ?? '?',
          points: line.points,
        })),
    }))
    .filter((goal) => goal.lines.length > 0);
}

/** What members see: the consented goals, who learns from whom, never points. */
export function explainPeerGroup(group: PeerGroupFieldsFragment): GoalExplanation[] {
  const names = new Map(group.members.map((m) => [m.municipalityId, m.name]));
  const goals = new Map<string, GoalExplanation>();
  for (const goal of group.pairedGoals) {
    const entry = goals.get(goal.goalId) ?? { goalId: goal.goalId, goalTitle: goal.goalTitle, lines: [] };
    entry.lines.push({ learner: names.get(goal.learnerId) ?? '?', from: names.get(goal.fromId) ?? '?' });
    goals.set(goal.goalId, entry);
  }
  return [...goals.values()];
}
