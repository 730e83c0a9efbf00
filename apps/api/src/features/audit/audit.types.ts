import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../common/enums';
import type { Role } from '@rode-draad/shared';

@ObjectType({ description: "One read or change of a municipality's confidential data." })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true, description: 'Name of who did it.' })
  actorName: string | null;

  @Field(() => RoleEnum)
  actorRole: Role;

  @Field({ description: 'READ, LIST, CREATE, UPDATE, DELETE, IMPORT, LINK or STATUS.' })
  action: string;

  @Field({ description: 'scan, recommendation or recommendation_theme.' })
  entity: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => Int, { nullable: true, description: 'For LIST and IMPORT: how many records.' })
  count: number | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEntry])
  items: AuditEntry[];

  @Field(() => Int)
  total: number;
}
