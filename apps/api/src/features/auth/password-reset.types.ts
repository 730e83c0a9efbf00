import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@rode-draad/shared';
import { Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the reset page shows of a password reset link, to whoever holds it.' })
export class PasswordResetPreview {
  @Field()
  email: string;

  @Field()
  expiresAt: Date;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link (after #).' })
  @Length(1, 100)
  token: string;

  @Field()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password: string;
}
