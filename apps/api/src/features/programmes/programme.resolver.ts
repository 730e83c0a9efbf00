import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { Programme, ProgrammeInput, ProgrammePermissions } from './programme.types';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => ProgrammePermissions, { description: 'What the viewer may do with this programme.' })
  viewerCan(@Ctx() ctx: Context): ProgrammePermissions {
    return { edit: can(requireViewer(ctx.viewer), Permission.PROGRAMME_PLAN) };
  }

  @Authorized()
  @Query(() => [Programme], { description: "The learning programmes of the viewer's region, newest period first." })
  programmes(@Ctx() ctx: Context): Promise<Programme[]> {
    return ctx.services.programmes.list(requireViewer(ctx.viewer).regionId);
  }

  @Authorized()
  @Query(() => Programme, { description: "A programme of the viewer's region; NOT_FOUND for any other id." })
  programme(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Programme> {
    return ctx.services.programmes.byId(requireViewer(ctx.viewer).regionId, id);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => Programme)
  createProgramme(@Arg('input') input: ProgrammeInput, @Ctx() ctx: Context): Promise<Programme> {
    return ctx.services.programmes.create(requireViewer(ctx.viewer), input);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => Programme, {
    description: 'Replaces the fields of a programme. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  updateProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ProgrammeInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Programme> {
    return ctx.services.programmes.update(requireViewer(ctx.viewer), id, input, expectedVersion);
  }
}
