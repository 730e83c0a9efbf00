import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import { actingOf, type Context } from '../../access/request-context';
import { Municipality } from '../regions/region.types';
import { User } from '../users/user.types';
import { mayDecide } from './role-grant.service';
import { RoleGrant, RoleGrantPermissions, RoleGrantStatusEnum, type RoleGrantStatus } from './role-grant.types';

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'Where the requested role applies (coordinators).',
  })
  municipality(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Municipality | null> | null {
    return grant.municipalityId ? ctx.loaders.municipality.load(grant.municipalityId) : null;
  }

  @FieldResolver(() => RoleGrantPermissions, { description: 'What the viewer may do with this request.' })
  viewerCan(@Root() grant: RoleGrant, @Ctx() ctx: Context): RoleGrantPermissions {
    return { decide: mayDecide(requireViewer(ctx.viewer), grant) };
  }

  @Authorized(Permission.ROLE_GRANT_APPROVE, Permission.USER_MANAGE)
  @Query(() => [RoleGrant], {
    description:
      "Role grant requests, newest first (at most 500): an approver's region, or every request for administrators.",
  })
  roleGrants(
    @Arg('status', () => RoleGrantStatusEnum, { nullable: true }) status: RoleGrantStatus | null,
    @Ctx() ctx: Context,
  ): Promise<RoleGrant[]> {
    return ctx.services.roleGrants.list(requireViewer(ctx.viewer), status);
  }

  @Authorized(Permission.ROLE_GRANT_APPROVE)
  @Mutation(() => RoleGrant, {
    description:
      "Approves a pending request: the role takes effect and the account's sessions end. Not for your own account or request.",
  })
  approveRoleGrant(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RoleGrant> {
    return ctx.services.roleGrants.approve(actingOf(ctx), id);
  }

  @Authorized(Permission.ROLE_GRANT_APPROVE)
  @Mutation(() => RoleGrant, {
    description: 'Rejects a pending request, with an optional note for the requester and the account.',
  })
  rejectRoleGrant(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<RoleGrant> {
    return ctx.services.roleGrants.reject(actingOf(ctx), id, note);
  }
}

@Resolver(() => User)
export class UserRoleGrantResolver {
  @FieldResolver(() => RoleGrant, {
    nullable: true,
    description: 'The role waiting for approval, if any: for the account itself, administrators and approvers.',
  })
  pendingRoleGrant(@Root() user: User, @Ctx() ctx: Context): Promise<RoleGrant | null> | null {
    const viewer = ctx.viewer;
    // `login` answers before a viewer exists: the web app asks `me` again for this.
    if (!viewer) {
      return null;
    }
    const allowed =
      user.id === viewer.userId || can(viewer, Permission.USER_MANAGE) || can(viewer, Permission.ROLE_GRANT_APPROVE);
    return allowed ? ctx.loaders.pendingRoleGrant.load(user.id) : null;
  }
}
