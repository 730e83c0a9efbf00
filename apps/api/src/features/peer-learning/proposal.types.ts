import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ProposalStatus } from './proposal.entity';

export const ProposalStatusEnum: { [K in ProposalStatus]: K } = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  SUPERSEDED: 'SUPERSEDED',
};
registerEnumType(ProposalStatusEnum, { name: 'PeerProposalStatus' });

@ObjectType()
export class PeerMunicipality {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'Who learns what from whom on one goal, and what it adds to the score (staff only).' })
export class PeerLearningLine {
  @Field(() => ID)
  goalId: string;

  @Field(() => ID, { description: 'The municipality that wants to learn.' })
  learnerId: string;

  @Field(() => ID, { description: 'The municipality that can share.' })
  fromId: string;

  @Field(() => Int)
  points: number;
}

@ObjectType({ description: 'A group of a proposal as programme staff see it: with scores and the whole explanation.' })
export class PeerProposalGroup {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  locked: boolean;

  @Field(() => [PeerMunicipality])
  members: PeerMunicipality[];

  @Field(() => Int, { description: 'Complementarity: Σ over goals of need × share both ways.' })
  score: number;

  @Field(() => Int, { description: 'Bonus for preferred pairs.' })
  bonus: number;

  @Field(() => Int, { description: 'Pairs in the group that met in an earlier track on the same theme.' })
  repeats: number;

  @Field(() => [PeerLearningLine])
  learning: PeerLearningLine[];

  @Field(() => Int, {
    nullable: true,
    description: 'How much the pool’s total drops when this group may not be formed; null when not computed.',
  })
  costOfBreaking: number | null;
}

@ObjectType({ description: 'A pairing of a track. Programme staff only.' })
export class PeerProposal {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  trackId: string;

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;

  @Field(() => Int, { description: 'Optimistic lock: raised by every change; send it back as expectedVersion.' })
  version: number;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  repeats: number;

  @Field({ description: 'Whether the engine proved the total optimal (see docs for the trio size limit).' })
  exact: boolean;

  @Field({ description: 'Whether enrolments changed since it was computed: publishing it is refused.' })
  stale: boolean;

  @Field()
  computedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => [PeerProposalGroup])
  groups: PeerProposalGroup[];
}

@ObjectType({ description: 'What an arrangement by hand would score, before saving it.' })
export class PeerArrangementScore {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  repeats: number;

  @Field(() => [Int], { description: 'Score of each group, in the order sent.' })
  groupScores: number[];

  @Field(() => [String], { description: 'Rules the arrangement breaks (engine wording, for staff).' })
  violations: string[];
}

@InputType({ description: 'One group of an arrangement by hand.' })
export class PeerArrangementGroupInput {
  @Field(() => [ID])
  @ArrayMinSize(2)
  @ArrayMaxSize(3)
  municipalityIds: string[];
}

@InputType({ description: 'A whole arrangement by hand: every group with its municipalities.' })
export class PeerArrangementInput {
  @Field(() => [PeerArrangementGroupInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  groups: PeerArrangementGroupInput[];
}
