import { IsDate, IsEnum, IsInt, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { SessionEvaluation } from '../evaluations/evaluation.types';

export type PeerMeetingKind = 'SITE_VISIT' | 'INTERVISIE' | 'OTHER';
export const PeerMeetingKindEnum: { [K in PeerMeetingKind]: K } = {
  SITE_VISIT: 'SITE_VISIT',
  INTERVISIE: 'INTERVISIE',
  OTHER: 'OTHER',
};
registerEnumType(PeerMeetingKindEnum, {
  name: 'PeerMeetingKind',
  description: 'A site visit, a peer consultation (intervisie) or another meeting.',
});

export type PeerMeetingStatus = 'PLANNED' | 'CANCELLED';
export const PeerMeetingStatusEnum: { [K in PeerMeetingStatus]: K } = { PLANNED: 'PLANNED', CANCELLED: 'CANCELLED' };
registerEnumType(PeerMeetingStatusEnum, { name: 'PeerMeetingStatus' });

@ObjectType({
  description: "An entry of a meeting's shared log: the group's members and staff read it, never anyone else.",
})
export class PeerLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field()
  authorName: string;

  @Field()
  authorMunicipalityName: string;

  @Field({ description: 'What was discussed.' })
  discussed: string;

  @Field({ description: 'The follow-up agreed.' })
  agreed: string;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'Whether the viewer may edit this entry (its author).' })
  viewerCanEdit: boolean;
}

@ObjectType({ description: "A meeting of a peer group: in its members' calendars, never in programme feeds." })
export class PeerMeeting {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => PeerMeetingKindEnum)
  kind: PeerMeetingKind;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field()
  location: string;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => ID, { nullable: true })
  hostMunicipalityId: string | null;

  @Field(() => String, { nullable: true })
  hostMunicipalityName: string | null;

  @Field(() => PeerMeetingStatusEnum)
  status: PeerMeetingStatus;

  @Field(() => Int)
  version: number;

  @Field(() => [PeerLogEntry])
  log: PeerLogEntry[];
}

@ObjectType()
export class PeerGroupWorkMember {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  name: string;
}

@ObjectType({ description: "The own municipality's evaluation of its group: one per member, by a coordinator." })
export class PeerGroupEvaluation {
  @Field(() => Int)
  rating: number;

  @Field()
  comment: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'What the viewer may do in a group at work, so the web app hides what it may not.' })
export class PeerGroupWorkViewerCan {
  @Field()
  planMeetings: boolean;

  @Field()
  writeLog: boolean;

  @Field({ description: 'The evaluation is open and the viewer may answer it for the own municipality.' })
  evaluate: boolean;
}

@ObjectType({
  description:
    'A published group at work: meetings with their shared logs, and the own evaluation. Its members and staff only; reading it is audited for each member municipality.',
})
export class PeerGroupWork {
  @Field(() => ID)
  groupId: string;

  @Field(() => ID)
  trackId: string;

  @Field()
  trackTitle: string;

  @Field(() => [PeerGroupWorkMember])
  members: PeerGroupWorkMember[];

  @Field(() => [PeerMeeting], { description: 'Oldest first.' })
  meetings: PeerMeeting[];

  @Field(() => Date, { nullable: true, description: 'When the evaluation closes; null while not scheduled.' })
  evaluationClosesAt: Date | null;

  @Field(() => PeerGroupEvaluation, {
    nullable: true,
    description: "The own municipality's answer; always null for staff.",
  })
  myEvaluation: PeerGroupEvaluation | null;

  @Field(() => PeerGroupWorkViewerCan)
  viewerCan: PeerGroupWorkViewerCan;
}

@InputType()
export class PeerMeetingInput {
  @Field(() => PeerMeetingKindEnum)
  @IsEnum(PeerMeetingKindEnum)
  kind: PeerMeetingKind;

  @Field()
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @Field({ defaultValue: '' })
  @MaxLength(500)
  location: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member municipality that hosts the meeting.' })
  @IsOptional()
  @IsUUID()
  hostMunicipalityId?: string | null;
}

@InputType()
export class PeerLogInput {
  @Field({ defaultValue: '' })
  @MaxLength(5000)
  discussed: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  agreed: string;
}

@InputType()
export class PeerGroupEvaluationInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  comment: string;
}

@ObjectType({ description: 'One group of a track as staff follow it: activity, never log text or answers.' })
export class PeerGroupOverview {
  @Field(() => ID)
  groupId: string;

  @Field(() => [PeerGroupWorkMember])
  members: PeerGroupWorkMember[];

  @Field(() => Int, { description: 'Meetings not cancelled that are still to come.' })
  meetingsPlanned: number;

  @Field(() => Int, { description: 'Meetings not cancelled that have taken place.' })
  meetingsHeld: number;

  @Field(() => Date, { nullable: true, description: 'The latest change to a meeting or a log entry.' })
  lastActivityAt: Date | null;

  @Field(() => Int, { description: 'How many member municipalities answered the evaluation (never which).' })
  evaluationResponses: number;

  @Field({
    description:
      'No meeting in the past two months and none planned, published at least two months ago, in a running track: the weekly nudge goes out.',
  })
  idle: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "When the weekly job last nudged the group's members about a gap of two months; null if never.",
  })
  lastNudgedAt: Date | null;
}

@ObjectType({ description: "Staff's overview of a track's published groups at work, and its evaluation." })
export class PeerTrackOverview {
  @Field(() => ID)
  trackId: string;

  @Field(() => [PeerGroupOverview])
  groups: PeerGroupOverview[];

  @Field(() => SessionEvaluation, {
    nullable: true,
    description: 'The groups’ evaluations in aggregate, under the session rules; null while not scheduled.',
  })
  evaluation: SessionEvaluation | null;
}

@ObjectType()
export class PeerHistoryPartner {
  @Field(() => ID)
  municipalityId: string;

  @Field()
  name: string;

  @Field({ description: 'False for a group that a later publication replaced.' })
  current: boolean;
}

@ObjectType({ description: 'A track the own municipality took part in, with its partners there.' })
export class PeerHistoryTrack {
  @Field(() => ID)
  trackId: string;

  @Field()
  title: string;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => [PeerHistoryPartner])
  partners: PeerHistoryPartner[];
}
