import { IsIn, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../common/enums';
import type { Role } from '@rode-draad/shared';
import {
  AUDIT_ACTIONS,
  AUDIT_COUNT_CAP,
  AUDIT_ENTITIES,
  AUDIT_PAGE_MAX,
  type AuditAction,
  type AuditEntity,
} from './audit-vocabulary';

@ObjectType({ description: "One read or change of a municipality's confidential data." })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true, description: 'Name of who did it; null for DENIED attempts.' })
  actorName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The account's e-mail address, which its holder cannot change; null for DENIED attempts.",
  })
  actorEmail: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Null for DENIED attempts.' })
  actorRole: Role | null;

  @Field({
    description:
      'READ, LIST, CREATE, UPDATE, DELETE, IMPORT, LINK, UNLINK, STATUS, DOWNLOAD, or DENIED: someone outside the municipality tried to open this record.',
  })
  action: string;

  @Field({ description: AUDIT_ENTITIES.join(', ') + '.' })
  entity: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => Int, { nullable: true, description: 'For LIST and IMPORT: how many records.' })
  count: number | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first, with cursors to the pages either side.' })
export class AuditPage {
  @Field(() => [AuditEntry])
  items: AuditEntry[];

  @Field(() => Int, { description: `Entries matching the filter, counted up to ${AUDIT_COUNT_CAP}.` })
  total: number;

  @Field({ description: `True when more than ${AUDIT_COUNT_CAP} entries match: total is then a lower bound.` })
  totalCapped: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next (older) page; null on the last.' })
  olderCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `before` for the previous (newer) page; null on the first.',
  })
  newerCursor: string | null;
}

@InputType({ description: 'Narrows the audit log; every field given must match.' })
export class AuditFilterInput {
  @Field(() => ID, { nullable: true, description: 'Entries by this person (never DENIED attempts).' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field({ nullable: true, description: 'Only attempts from outside the municipality (DENIED).' })
  @IsOptional()
  outsideOnly?: boolean;

  @Field(() => String, { nullable: true, description: AUDIT_ACTIONS.join(', ') })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @Field(() => String, { nullable: true, description: AUDIT_ENTITIES.join(', ') })
  @IsOptional()
  @IsIn(AUDIT_ENTITIES)
  entity?: AuditEntity;

  @Field(() => ID, { nullable: true, description: 'The record the entry is about.' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field({ nullable: true, description: 'Entries at or after this moment.' })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: 'Entries before this moment.' })
  @IsOptional()
  until?: Date;
}

@InputType({ description: 'Keyset paging of the audit log: at most one of after/before.' })
export class AuditPageInput {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'olderCursor of the page before.' })
  @IsOptional()
  @MaxLength(100)
  after?: string;

  @Field(() => String, { nullable: true, description: 'newerCursor of the page after.' })
  @IsOptional()
  @MaxLength(100)
  before?: string;
}

@ObjectType({ description: 'Someone who appears in the audit log (DENIED attempts never name anyone).' })
export class AuditActor {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;
}
