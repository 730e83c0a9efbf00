import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Locale,
  type Role,
} from '@rode-draad/shared';
import { IsEmail, IsEnum, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocaleEnum, RoleEnum, SortDirection } from '../../common/enums';

@ObjectType({ description: 'An account. Coordinators and participants belong to a municipality.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'The role in effect; null while the account waits for its first role grant (see pendingRoleGrant).',
  })
  role: Role | null;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field({ description: 'Whether the user gets the weekly digest of overdue recommendations (their own setting).' })
  overdueDigest: boolean;

  @Field()
  disabled: boolean;

  @Field(() => Int, {
    description:
      'Optimistic lock: send it back as expectedVersion when editing or disabling; raised on every such edit and by an approved role grant.',
  })
  version: number;

  @Field()
  createdAt: Date;

  municipalityId: string | null;
  regionId: string;
}

@ObjectType()
export class UserPage {
  @Field(() => [User])
  items: User[];

  @Field(() => Int, { description: 'All users matching the filter, over all pages.' })
  total: number;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Matches name or e-mail, case-insensitive.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}

export enum UserSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  ROLE = 'ROLE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

@InputType()
export class UserSort {
  @Field(() => UserSortField, { defaultValue: UserSortField.NAME })
  @IsEnum(UserSortField)
  field: UserSortField = UserSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field()
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for coordinators and participants, empty otherwise.' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;

  @Field({ description: 'Initial password; the user can change it after logging in.' })
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password: string;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsIn(['nl', 'en'])
  locale?: Locale;
}

@InputType()
export class UpdateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field()
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  newPassword: string;
}
