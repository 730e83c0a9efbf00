import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission, permissionsOf } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import { LocaleEnum } from '../../common/enums';
import { NotFoundError } from '../../common/errors';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { Municipality, Region } from '../regions/region.types';
import { Person } from '../recommendations/recommendation.types';
import type { Locale } from '@rode-draad/shared';
import {
  ChangePasswordInput,
  CreateUserInput,
  UpdateUserInput,
  User,
  UserFilter,
  UserPage,
  UserSort,
} from './user.types';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() user: User, @Ctx() ctx: Context): Promise<Municipality | null> | null {
    return user.municipalityId ? ctx.loaders.municipality.load(user.municipalityId) : null;
  }

  @FieldResolver(() => [Permission], {
    description:
      'What this user may do (for some records; each record is checked again). The web app shows actions by it.',
  })
  permissions(@Root() user: User): Permission[] {
    return permissionsOf(user.role);
  }

  @FieldResolver(() => Region)
  async region(@Root() user: User, @Ctx() ctx: Context): Promise<Region> {
    return (await ctx.loaders.region.load(user.regionId)) as Region;
  }

  @Authorized(Permission.USER_MANAGE)
  @Query(() => UserPage, { description: 'All accounts, for administrators.' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Arg('sort', () => UserSort, { nullable: true }) sort: UserSort | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<UserPage> {
    return ctx.services.users.list(filter ?? {}, sort ?? new UserSort(), page ?? firstPage());
  }

  @Authorized(Permission.USER_MANAGE)
  @Query(() => User)
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.services.users.byId(id);
    if (!user) {
      throw new NotFoundError('User');
    }
    return user;
  }

  @Authorized(Permission.USER_MANAGE)
  @Mutation(() => User)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.create(requireViewer(ctx.viewer), input);
  }

  @Authorized(Permission.USER_MANAGE)
  @Mutation(() => User, {
    description: 'Edits an account. Stale expectedVersion: CONFLICT STALE_VERSION with the currentVersion.',
  })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateUserInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.users.update(requireViewer(ctx.viewer), id, input, expectedVersion);
  }

  @Authorized(Permission.USER_MANAGE)
  @Mutation(() => User, {
    description:
      "Disables or re-enables an account; disabling ends the user's sessions. Stale expectedVersion: CONFLICT STALE_VERSION.",
  })
  setUserDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('disabled') disabled: boolean,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.users.setDisabled(requireViewer(ctx.viewer), id, disabled, expectedVersion);
  }

  @Authorized(Permission.COLLEAGUE_READ)
  @Query(() => [Person], {
    description:
      "Active coordinators and participants of the viewer's municipality, by name: who can follow up its recommendations.",
  })
  colleagues(@Ctx() ctx: Context): Promise<Person[]> {
    return ctx.services.users.colleagues(requireViewer(ctx.viewer));
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Changes the own password and ends all other sessions. Wrong current passwords count as failed logins (RATE_LIMITED).',
  })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.users.changePassword(requireViewer(ctx.viewer), input, ctx.clientAddress);
    return true;
  }

  @Authorized()
  @Mutation(() => User, {
    description: 'Switches the weekly e-mail digest of overdue recommendations on or off for the logged-in user.',
  })
  setOverdueDigest(@Arg('enabled') enabled: boolean, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.setOverdueDigest(requireViewer(ctx.viewer), enabled);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Remembers the interface language of the logged-in user.' })
  setLocale(@Arg('locale', () => LocaleEnum) locale: Locale, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.setLocale(requireViewer(ctx.viewer), locale);
  }
}
