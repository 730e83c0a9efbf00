import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { Facilitator, FacilitatorInput, Venue, VenueInput } from './session.types';

@Resolver(() => Venue)
export class VenueResolver {
  @Authorized()
  @Query(() => [Venue], { description: "The venues of the viewer's region, by name and room." })
  venues(@Ctx() ctx: Context): Promise<Venue[]> {
    return ctx.services.venues.venues(requireViewer(ctx.viewer).regionId);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => Venue)
  createVenue(@Arg('input') input: VenueInput, @Ctx() ctx: Context): Promise<Venue> {
    return ctx.services.venues.createVenue(requireViewer(ctx.viewer), input);
  }
}

@Resolver(() => Facilitator)
export class FacilitatorResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Programme staff only; null for everyone else.' })
  email(@Root() facilitator: Facilitator, @Ctx() ctx: Context): string | null {
    return can(requireViewer(ctx.viewer), Permission.PROGRAMME_PLAN) ? facilitator.email : null;
  }

  @Authorized()
  @Query(() => [Facilitator], { description: "The facilitators of the viewer's region, by name." })
  facilitators(@Ctx() ctx: Context): Promise<Facilitator[]> {
    return ctx.services.venues.facilitators(requireViewer(ctx.viewer).regionId);
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => Facilitator)
  createFacilitator(@Arg('input') input: FacilitatorInput, @Ctx() ctx: Context): Promise<Facilitator> {
    return ctx.services.venues.createFacilitator(requireViewer(ctx.viewer), input);
  }
}
