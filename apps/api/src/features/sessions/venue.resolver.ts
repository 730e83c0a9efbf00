import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayPlanProgramme, requireViewer } from '../../auth/policy';
import type { Context } from '../../graphql/context';
import { Facilitator, FacilitatorInput, Venue, VenueInput } from './session.types';

@Resolver(() => Venue)
export class VenueResolver {
  @Authorized()
  @Query(() => [Venue], { description: "The venues of the viewer's region, by name and room." })
  venues(@Ctx() ctx: Context): Promise<Venue[]> {
    return ctx.services.venues.venues(requireViewer(ctx.viewer).regionId);
  }

  @Authorized('PROGRAMME_STAFF')
  @Mutation(() => Venue)
  createVenue(@Arg('input') input: VenueInput, @Ctx() ctx: Context): Promise<Venue> {
    return ctx.services.venues.createVenue(requireViewer(ctx.viewer).regionId, input);
  }
}

@Resolver(() => Facilitator)
export class FacilitatorResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Programme staff only; null for everyone else.' })
  email(@Root() facilitator: Facilitator, @Ctx() ctx: Context): string | null {
    return mayPlanProgramme(requireViewer(ctx.viewer)) ? facilitator.email : null;
  }

  @Authorized()
  @Query(() => [Facilitator], { description: "The facilitators of the viewer's region, by name." })
  facilitators(@Ctx() ctx: Context): Promise<Facilitator[]> {
    return ctx.services.venues.facilitators(requireViewer(ctx.viewer).regionId);
  }

  @Authorized('PROGRAMME_STAFF')
  @Mutation(() => Facilitator)
  createFacilitator(@Arg('input') input: FacilitatorInput, @Ctx() ctx: Context): Promise<Facilitator> {
    return ctx.services.venues.createFacilitator(requireViewer(ctx.viewer).regionId, input);
  }
}
