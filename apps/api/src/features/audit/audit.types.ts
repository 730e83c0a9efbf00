import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../common/enums';
import type { Role } from '@rode-draad/shared';

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
      'READ, LIST, CREATE, UPDATE, DELETE, IMPORT, LINK, STATUS, or DENIED: someone outside the municipality tried to open this record.',
  })
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
