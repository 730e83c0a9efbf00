import type { Role } from '@rode-draad/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RoleEnum } from '../../common/enums';

export const ROLE_GRANT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type RoleGrantStatus = (typeof ROLE_GRANT_STATUSES)[number];
export const RoleGrantStatusEnum = Object.fromEntries(ROLE_GRANT_STATUSES.map((s) => [s, s])) as {
  [K in RoleGrantStatus]: K;
};
registerEnumType(RoleGrantStatusEnum, {
  name: 'RoleGrantStatus',
  description:
    'PENDING: waits for a RIEC analyst of the region; APPROVED: the role took effect; REJECTED; WITHDRAWN: replaced or cancelled by an administrator.',
});

export const ROLE_GRANT_NOTE_MAX_LENGTH = 500;

@ObjectType({ description: 'Someone named in a role grant request: the account, the requester or the decider.' })
export class RoleGrantPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;
}

@ObjectType()
export class RoleGrantPermissions {
  @Field({
    description: 'Approve or reject: an analyst of the region, on a pending request neither for nor by themselves.',
  })
  decide: boolean;
}

@ObjectType({
  description:
    'A request to give an account a role that opens confidential data (RIEC analyst, municipal coordinator). It takes effect only when another RIEC analyst of the region approves it.',
})
export class RoleGrant {
  @Field(() => ID)
  id: string;

  @Field(() => RoleGrantPerson)
  user: RoleGrantPerson;

  @Field(() => RoleEnum)
  requestedRole: Role;

  @Field(() => RoleGrantPerson, {
    nullable: true,
    description: 'The administrator who asked; null for the install grant of a first analyst.',
  })
  requestedBy: RoleGrantPerson | null;

  @Field()
  requestedAt: Date;

  @Field(() => RoleGrantStatusEnum)
  status: RoleGrantStatus;

  @Field(() => RoleGrantPerson, { nullable: true })
  decidedBy: RoleGrantPerson | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The decider's note, e.g. the reason for a rejection." })
  note: string | null;

  regionId: string;
  municipalityId: string | null;
}
