import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { Public } from '../../access/public';
import { actingOf, type Context } from '../../access/request-context';
import { setSessionCookie } from '../auth/session-cookie';
import { User } from '../users/user.types';
import { AcceptInvitationInput, InvitationPreview, InviteOwnerInput, OwnerInvitation } from './invitation.types';

@Resolver()
export class InvitationResolver {
  @Authorized(Permission.COLLEAGUE_INVITE)
  @Query(() => [OwnerInvitation], {
    description: "Confidential: the invitations to own a recommendation of the viewer's municipality, newest first.",
  })
  ownerInvitations(
    @Arg('recommendationId', () => ID) recommendationId: string,
    @Ctx() ctx: Context,
  ): Promise<OwnerInvitation[]> {
    return ctx.services.invitations.forRecommendation(actingOf(ctx), recommendationId);
  }

  @Authorized(Permission.COLLEAGUE_INVITE)
  @Mutation(() => OwnerInvitation, {
    description:
      'Invites a colleague by e-mail to become owner of a recommendation (a participant account of the municipality is created on accepting). CONFLICT EMAIL_TAKEN / INVITATION_PENDING.',
  })
  inviteOwner(@Arg('input') input: InviteOwnerInput, @Ctx() ctx: Context): Promise<OwnerInvitation> {
    return ctx.services.invitations.inviteOwner(actingOf(ctx), input);
  }

  @Authorized(Permission.COLLEAGUE_INVITE)
  @Mutation(() => OwnerInvitation, {
    description: 'Withdraws an open invitation; its link stops working. CONFLICT INVITATION_USED once accepted.',
  })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OwnerInvitation> {
    return ctx.services.invitations.revoke(actingOf(ctx), id);
  }

  @Public()
  @Query(() => InvitationPreview, {
    description:
      'The invitation a link opens, for the accept page. CONFLICT INVITATION_UNKNOWN / INVITATION_USED / INVITATION_REVOKED / INVITATION_EXPIRED; throttled like a login.',
  })
  invitation(@Arg('token') token: string, @Ctx() ctx: Context): Promise<InvitationPreview> {
    return ctx.services.invitations.preview(token, ctx.clientAddress);
  }

  @Public()
  @Mutation(() => User, {
    description:
      'Accepts an invitation: creates the account with this name and password, signs it in and makes it owner of the recommendation; all or nothing. The errors of Query.invitation, and BAD_USER_INPUT for a weak password.',
  })
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<User> {
    const { userId, token } = await ctx.services.invitations.accept(input, ctx.clientAddress);
    setSessionCookie(ctx.res, token, ctx.services.sessions.maxAgeSeconds, ctx.secureCookies);
    ctx.log.info({ userId }, 'invitation accepted');
    return (await ctx.services.users.byId(userId)) as User;
  }
}
