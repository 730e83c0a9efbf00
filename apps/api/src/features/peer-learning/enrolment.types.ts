import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export type PreferenceKind = 'PREFER' | 'AVOID';
export const PreferenceKindEnum: { [K in PreferenceKind]: K } = { PREFER: 'PREFER', AVOID: 'AVOID' };
registerEnumType(PreferenceKindEnum, {
  name: 'PeerPreferenceKind',
  description: 'PREFER adds a bonus to pairing with that municipality; AVOID never pairs them.',
});

@ObjectType({ description: 'What a municipality declares on one goal: want to learn and can share, 0–3 each.' })
export class PeerGoalDeclaration {
  @Field(() => ID)
  goalId: string;

  @Field(() => Int)
  need: number;

  @Field(() => Int)
  share: number;
}

@ObjectType()
export class PeerContact {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;
}

@ObjectType({ description: 'Seen by programme staff and the own municipality only, never by the other party.' })
export class PeerPreference {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  municipalityName: string;

  @Field(() => PreferenceKindEnum)
  kind: PreferenceKind;
}

@ObjectType({
  description:
    "A municipality's enrolment in a track, with its declarations. Confidential: programme staff and the own municipality only; reads and writes are audited for the municipality.",
})
export class PeerEnrolment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  trackId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field()
  municipalityName: string;

  @Field(() => [PeerGoalDeclaration], { description: 'In the order of the track’s goals.' })
  declarations: PeerGoalDeclaration[];

  @Field(() => [String], { description: 'Months available, as YYYY-MM.' })
  availableMonths: string[];

  @Field(() => [PeerContact])
  contacts: PeerContact[];

  @Field(() => [PeerPreference])
  preferences: PeerPreference[];

  @Field({ description: 'Whether partners may see the goals the group is paired on.' })
  consentShowGoals: boolean;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion when changing or withdrawing.' })
  version: number;

  @Field()
  updatedAt: Date;
}

@InputType()
export class PeerGoalDeclarationInput {
  @Field(() => ID)
  goalId: string;

  @Field(() => Int, { description: 'Want to learn, 0–3.' })
  @IsInt()
  @Min(0)
  @Max(3)
  need: number;

  @Field(() => Int, { description: 'Can share, 0–3.' })
  @IsInt()
  @Min(0)
  @Max(3)
  share: number;
}

@InputType()
export class PeerPreferenceInput {
  @Field(() => ID)
  municipalityId: string;

  @Field(() => PreferenceKindEnum)
  @IsEnum(PreferenceKindEnum)
  kind: PreferenceKind;
}

@InputType()
export class PeerEnrolmentInput {
  @Field(() => [PeerGoalDeclarationInput], { description: 'One per goal of the track; goals left out count 0/0.' })
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  declarations: PeerGoalDeclarationInput[];

  @Field(() => [String], { description: 'Months available (YYYY-MM) within the track’s period.' })
  @ArrayMaxSize(60)
  @ArrayUnique()
  availableMonths: string[];

  @Field(() => [ID], { description: 'Colleagues of the own municipality.' })
  @ArrayMaxSize(5)
  @ArrayUnique()
  contactUserIds: string[];

  @Field(() => [PeerPreferenceInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  preferences: PeerPreferenceInput[];

  @Field()
  @IsBoolean()
  consentShowGoals: boolean;
}
