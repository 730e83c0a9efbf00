import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { IsNotBlank } from '../../common/validation';
import { CountBand } from '../picture/picture.types';
import type { GroupForm } from './track.entity';

export const TRACK_GOALS_MAX = 12;

export const GroupFormEnum: { [K in GroupForm]: K } = { PAIRS: 'PAIRS', PAIRS_OR_TRIOS: 'PAIRS_OR_TRIOS' };
registerEnumType(GroupFormEnum, {
  name: 'GroupForm',
  description: 'PAIRS: pairs, one trio when the number is odd. PAIRS_OR_TRIOS: pairs or trios, whichever pairs best.',
});

export type PeerEnrolmentStatus = 'UPCOMING' | 'OPEN' | 'CLOSED';
export const PeerEnrolmentStatusEnum: { [K in PeerEnrolmentStatus]: K } = {
  UPCOMING: 'UPCOMING',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
};
registerEnumType(PeerEnrolmentStatusEnum, {
  name: 'PeerEnrolmentStatus',
  description: 'UPCOMING: the enrolment window has not opened yet. OPEN: it is open now. CLOSED: it has closed.',
});

@ObjectType({ description: 'A learning goal of a track, in order.' })
export class PeerTrackGoal {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;
}

@ObjectType()
export class PeerTrackTheme {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType()
export class PeerTrackPermissions {
  @Field({ description: 'Edit the track, see its enrolments, pair and publish (programme staff).' })
  manage: boolean;

  @Field({ description: 'Enrol the own municipality, or change or withdraw its enrolment, now (window open).' })
  enrol: boolean;
}

@ObjectType({ description: 'A peer-learning track of a programme. The track itself is not confidential.' })
export class PeerTrack {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field()
  enrolmentOpensAt: Date;

  @Field()
  enrolmentClosesAt: Date;

  @Field({ description: 'Whether enrolment is open now.' })
  enrolmentOpen: boolean;

  @Field(() => PeerEnrolmentStatusEnum)
  enrolmentStatus: PeerEnrolmentStatus;

  @Field(() => GroupFormEnum)
  groupForm: GroupForm;

  @Field({ description: 'Whether a municipality may be placed in more than one group (by hand).' })
  multipleGroupsAllowed: boolean;

  @Field(() => Date, { nullable: true, description: 'When the groups’ evaluations close and are released.' })
  evaluationClosesAt: Date | null;

  @Field(() => [PeerTrackGoal])
  goals: PeerTrackGoal[];

  @Field(() => [PeerTrackTheme])
  themes: PeerTrackTheme[];

  @Field(() => CountBand, {
    description: 'Enrolled municipalities: exact for programme staff, for everyone else under the region’s k rule.',
  })
  enrolmentCount: CountBand;

  @Field(() => Int, {
    nullable: true,
    description:
      'Groups of the published proposal (never which municipalities); null before publication, and null when withheld.',
  })
  publishedGroupCount: number | null;

  @Field({
    description:
      'For everyone but programme staff while the enrolment count is banded: the number of groups (and whether there are any) would reveal it.',
  })
  publishedGroupCountWithheld: boolean;

  @Field(() => PeerTrackPermissions)
  viewerCan: PeerTrackPermissions;

  @Field(() => Int, { description: 'Optimistic lock: send it back as expectedVersion when editing.' })
  version: number;

  @Field()
  createdAt: Date;
}

@InputType()
export class PeerTrackInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => [ID], { description: 'At least one regional theme of the region.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  themeIds: string[];

  @Field()
  @IsNotBlank()
  @Length(1, 200)
  title: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => [String], {
    description: `The learning goals in order (1–${TRACK_GOALS_MAX}). Goals keep their id by position when editing.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(TRACK_GOALS_MAX)
  @IsNotBlank({ each: true })
  @Length(1, 200, { each: true })
  goals: string[];

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field()
  @IsDate()
  enrolmentOpensAt: Date;

  @Field()
  @IsDate()
  enrolmentClosesAt: Date;

  @Field(() => GroupFormEnum)
  @IsEnum(GroupFormEnum)
  groupForm: GroupForm;

  @Field({ defaultValue: false })
  @IsBoolean()
  multipleGroupsAllowed: boolean;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  evaluationClosesAt?: Date | null;
}

@InputType()
export class PeerTrackFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;
}
