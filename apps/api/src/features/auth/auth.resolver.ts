import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PASSWORD_MAX_LENGTH, EMAIL_MAX_LENGTH } from '@rode-draad/shared';
import { Public } from '../../access/public';
import type { Context } from '../../access/request-context';
import { User } from '../users/user.types';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => User, { nullable: true, description: 'The logged-in user, or null.' })
  me(@Ctx() ctx: Context): Promise<User | null> | null {
    return ctx.viewer ? ctx.services.users.byId(ctx.viewer.userId) : null;
  }

  @Public()
  @Mutation(() => User, { description: 'Starts a session and sets the session cookie.' })
  async login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<User> {
    const { userId, token } = await ctx.services.auth.login(
      email.slice(0, EMAIL_MAX_LENGTH),
      password.slice(0, PASSWORD_MAX_LENGTH),
      ctx.clientAddress,
    );
    setSessionCookie(ctx.res, token, ctx.services.sessions.maxAgeSeconds, ctx.secureCookies);
    ctx.log.info({ userId }, 'login');
    return (await ctx.services.users.byId(userId)) as User;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session; true also when there was none.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.viewer) {
      await ctx.services.sessions.end(ctx.viewer.sessionId);
    }
    clearSessionCookie(ctx.res, ctx.secureCookies);
    return true;
  }
}
