import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Role } from '@rode-draad/shared';
import { invitableRoles, Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import { RoleEnum } from '../../common/enums';
import { actingOf, type Context } from '../../access/request-context';
import { firstPage, PageInput } from '../../common/paging';
import {
  AccountInvitation,
  AccountInvitationFilter,
  AccountInvitationPage,
  InviteAccountInput,
} from './account-invitation.types';

@Resolver()
export class AccountInvitationResolver {
  @Authorized(Permission.ACCOUNT_INVITE)
  @Query(() => AccountInvitationPage, {
    description: "Invitations to new accounts: all for administrators, the own municipality's for coordinators.",
  })
  accountInvitations(
    @Arg('filter', () => AccountInvitationFilter, { nullable: true }) filter: AccountInvitationFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<AccountInvitationPage> {
    return ctx.services.accountInvitations.list(actingOf(ctx), filter ?? {}, page ?? firstPage());
  }

  @Authorized(Permission.ACCOUNT_INVITE)
  @Query(() => [RoleEnum], { description: 'The roles the viewer may put on an account invitation.' })
  invitableRoles(@Ctx() ctx: Context): Role[] {
    return [...invitableRoles(requireViewer(ctx.viewer).role)];
  }

  @Authorized(Permission.ACCOUNT_INVITE)
  @Mutation(() => AccountInvitation, {
    description:
      'Invites someone by e-mail to a new account with a role (a privileged one waits for approval once accepted). FORBIDDEN for a role or municipality outside the reach; CONFLICT EMAIL_TAKEN / ACCOUNT_INVITATION_PENDING.',
  })
  inviteAccount(@Arg('input') input: InviteAccountInput, @Ctx() ctx: Context): Promise<AccountInvitation> {
    return ctx.services.accountInvitations.invite(actingOf(ctx), input);
  }

  @Authorized(Permission.ACCOUNT_INVITE)
  @Mutation(() => AccountInvitation, {
    description: 'Withdraws an account invitation; its link stops working. CONFLICT INVITATION_USED once accepted.',
  })
  revokeAccountInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AccountInvitation> {
    return ctx.services.accountInvitations.revoke(actingOf(ctx), id);
  }

  @Authorized(Permission.ACCOUNT_INVITE)
  @Mutation(() => AccountInvitation, {
    description:
      'Sends a new link for an account invitation that was not accepted; the old link stops working. Returns the new invitation. CONFLICT INVITATION_USED / EMAIL_TAKEN.',
  })
  resendAccountInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AccountInvitation> {
    return ctx.services.accountInvitations.resend(actingOf(ctx), id);
  }
}
