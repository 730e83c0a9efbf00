import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { PeerContact } from './enrolment.types';

@ObjectType({ description: 'A partner in a published group, with its contact persons.' })
export class PeerPartner {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  name: string;

  @Field(() => [PeerContact])
  contacts: PeerContact[];
}

@ObjectType({ description: 'A goal the group is paired on, shown only when the learner consented; never points.' })
export class PeerPairedGoal {
  @Field(() => ID)
  goalId: string;

  @Field()
  goalTitle: string;

  @Field(() => ID)
  learnerId: string;

  @Field(() => ID)
  fromId: string;
}

@ObjectType({
  description:
    'A published group as its members see it: partners and the consented paired goals, never scores or other answers.',
})
export class PeerGroup {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  trackId: string;

  @Field()
  trackTitle: string;

  @Field(() => LocalDate)
  trackStartsOn: string;

  @Field(() => LocalDate)
  trackEndsOn: string;

  @Field(() => [PeerPartner], { description: 'Every member, the viewer’s own municipality included.' })
  members: PeerPartner[];

  @Field(() => [PeerPairedGoal])
  pairedGoals: PeerPairedGoal[];
}
