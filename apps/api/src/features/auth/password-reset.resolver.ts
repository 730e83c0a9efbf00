import { EMAIL_MAX_LENGTH } from '@rode-draad/shared';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../access/public';
import type { Context } from '../../access/request-context';
import { PasswordResetPreview, ResetPasswordInput } from './password-reset.types';

@Resolver()
export class PasswordResetResolver {
  @Public()
  @Mutation(() => Boolean, {
    description:
      'Asks for a password reset link by e-mail. Always true, with or without an account behind the address (and no sooner); RATE_LIMITED per address and per client.',
  })
  async requestPasswordReset(@Arg('email') email: string, @Ctx() ctx: Context): Promise<boolean> {
    const userId = await ctx.services.passwordResets.request(email.slice(0, EMAIL_MAX_LENGTH), ctx.clientAddress);
    // The log is the record of who asked; the answer never says.
    ctx.log.info({ userId, event: 'password_reset_requested' }, 'password reset requested');
    return true;
  }

  @Public()
  @Query(() => PasswordResetPreview, {
    description:
      'The reset link a token opens. CONFLICT RESET_LINK_UNKNOWN / RESET_LINK_USED / RESET_LINK_EXPIRED; throttled like a login.',
  })
  passwordReset(@Arg('token') token: string, @Ctx() ctx: Context): Promise<PasswordResetPreview> {
    return ctx.services.passwordResets.preview(token, ctx.clientAddress);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Sets a new password through a reset link and ends all of the account's sessions. The errors of Query.passwordReset, CONFLICT ACCOUNT_DISABLED, BAD_USER_INPUT for a weak password.",
  })
  async resetPassword(@Arg('input') input: ResetPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    const userId = await ctx.services.passwordResets.reset(input, ctx.clientAddress);
    ctx.log.info({ userId, event: 'password_reset' }, 'password reset; all sessions ended');
    return true;
  }
}
