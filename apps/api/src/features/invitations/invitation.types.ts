import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Locale,
  type Role,
} from '@rode-draad/shared';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocaleEnum, RoleEnum } from '../../common/enums';

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const InvitationStatusEnum = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, s])) as {
  [K in InvitationStatus]: K;
};
registerEnumType(InvitationStatusEnum, {
  name: 'InvitationStatus',
  description:
    'PENDING: the link works; ACCEPTED: used once; REVOKED: withdrawn (or replaced by a new link); EXPIRED: not used in time.',
});

@InputType()
export class InviteOwnerInput {
  @Field(() => ID)
  @IsUUID()
  recommendationId: string;

  @Field({ description: "The colleague's work e-mail address; the invitation's link goes there." })
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field({ description: "The colleague's name, for the greeting; they may change it when accepting." })
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @Field(() => LocaleEnum, { nullable: true, description: 'The language of the mail; Dutch when absent.' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  locale?: Locale | null;
}

@ObjectType({
  description:
    "An invitation to become owner of a recommendation, as its municipality's coordinators see it. Confidential like the recommendation.",
})
export class OwnerInvitation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  recommendationId: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => String, { nullable: true, description: 'Who invited (name).' })
  invitedByName: string | null;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Demo mode only (no e-mail is sent there): the link the mail would carry, so the inviting coordinator can hand it over. Always null otherwise.',
  })
  demoLink: string | null;
}

export const INVITATION_PURPOSES = ['RECOMMENDATION_OWNER', 'ACCOUNT'] as const;
export type InvitationPurposeShown = (typeof INVITATION_PURPOSES)[number];
export const InvitationPurposeEnum = Object.fromEntries(INVITATION_PURPOSES.map((p) => [p, p])) as {
  [K in InvitationPurposeShown]: K;
};
registerEnumType(InvitationPurposeEnum, {
  name: 'InvitationPurpose',
  description: 'RECOMMENDATION_OWNER: a new participant who owns a recommendation; ACCOUNT: a new account with a role.',
});

@ObjectType({ description: 'What the accept page shows of an invitation, to whoever holds its link.' })
export class InvitationPreview {
  @Field(() => InvitationPurposeEnum)
  purpose: InvitationPurposeShown;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum, {
    description: 'The role the account is invited to; a privileged one takes effect once an RIEC analyst approves it.',
  })
  role: Role;

  @Field(() => String, { nullable: true, description: 'The municipality, for coordinators and participants.' })
  municipalityName: string | null;

  @Field()
  expiresAt: Date;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link (after #).' })
  @Length(1, 100)
  token: string;

  @Field()
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @Field()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password: string;
}
