import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, type Locale, type Role } from '@rode-draad/shared';
import { IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocaleEnum, RoleEnum } from '../../common/enums';
import { INVITATION_STATUSES, InvitationStatusEnum, type InvitationStatus } from './invitation.types';

@InputType()
export class InviteAccountInput {
  @Field({ description: 'The work e-mail address; the link to set a password goes there.' })
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field({ description: 'The name, for the greeting; the invitee may change it when accepting.' })
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @Field(() => RoleEnum, {
    description:
      'Administrators: any role (a privileged one waits for an RIEC analyst to approve it); coordinators: PARTICIPANT.',
  })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "For coordinators and participants; a coordinator's invitation is always for the own municipality.",
  })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @Field(() => LocaleEnum, { nullable: true, description: "The invitee's language: of the mail and the account." })
  @IsOptional()
  @IsIn(['nl', 'en'])
  locale?: Locale | null;
}

@InputType()
export class AccountInvitationFilter {
  @Field(() => InvitationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus | null;
}

@ObjectType({ description: 'An invitation to a new account, as the inviting administrators or coordinators see it.' })
export class AccountInvitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  municipalityId: string | null;

  @Field(() => String, { nullable: true })
  municipalityName: string | null;

  @Field(() => LocaleEnum)
  locale: Locale;

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
      'Demo mode only (no e-mail is sent there): the link the mail would carry, to hand over. Always null otherwise.',
  })
  demoLink: string | null;
}

@ObjectType()
export class AccountInvitationPage {
  @Field(() => [AccountInvitation])
  items: AccountInvitation[];

  @Field(() => Int)
  total: number;
}
