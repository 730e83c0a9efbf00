import {
  DEFAULT_SESSION_STATUSES,
  PROGRAMME_YEAR_MAX,
  PROGRAMME_YEAR_MIN,
  type DefaultSessionStatus,
} from '@rode-draad/shared';
import { IsEnum, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsNotBlank } from '../../common/validation';
import { SessionStatusEnum } from '../sessions/session.types';
import type { ProgrammeStatus } from './programme.entity';

export const ProgrammeStatusEnum: { [K in ProgrammeStatus]: K } = {
  DRAFT: 'DRAFT',
  ACTIVE: 'ACTIVE',
  CLOSED: 'CLOSED',
};
registerEnumType(ProgrammeStatusEnum, { name: 'ProgrammeStatus' });

@ObjectType()
export class ProgrammePermissions {
  @Field({ description: 'Edit the programme and plan its activities and sessions (programme staff).' })
  edit: boolean;
}

@ObjectType({ description: 'A multi-year learning programme of the region. Not confidential.' })
export class Programme {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'First year of the period, inclusive.' })
  startYear: number;

  @Field(() => Int, { description: 'Last year of the period, inclusive.' })
  endYear: number;

  @Field()
  goals: string;

  @Field(() => ProgrammeStatusEnum)
  status: ProgrammeStatus;

  @Field(() => SessionStatusEnum, { description: 'The status new sessions get unless the planner picks another.' })
  defaultSessionStatus: DefaultSessionStatus;

  @Field(() => Int, {
    description: 'Optimistic lock: send it back as expectedVersion when editing; raised on every edit.',
  })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@InputType()
export class ProgrammeInput {
  @Field()
  @IsNotBlank()
  @Length(1, 200)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(PROGRAMME_YEAR_MIN)
  @Max(PROGRAMME_YEAR_MAX)
  startYear: number;

  @Field(() => Int, { description: 'At least startYear; a programme spans at most 20 years.' })
  @IsInt()
  @Min(PROGRAMME_YEAR_MIN)
  @Max(PROGRAMME_YEAR_MAX)
  endYear: number;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(10000)
  goals?: string | null;

  @Field(() => ProgrammeStatusEnum, { nullable: true, defaultValue: 'DRAFT' })
  @IsOptional()
  @IsEnum(ProgrammeStatusEnum)
  status?: ProgrammeStatus | null;

  @Field(() => SessionStatusEnum, {
    nullable: true,
    description: 'DRAFT or OPEN: the status of new sessions. DRAFT for a new programme when empty, unchanged on edit.',
  })
  @IsOptional()
  @IsIn(DEFAULT_SESSION_STATUSES)
  defaultSessionStatus?: DefaultSessionStatus | null;
}
