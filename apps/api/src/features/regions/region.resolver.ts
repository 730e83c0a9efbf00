import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { Municipality } from './region.types';

@Resolver()
export class RegionResolver {
  @Authorized()
  @Query(() => [Municipality], { description: "The municipalities of the viewer's region, by name." })
  municipalities(@Ctx() ctx: Context): Promise<Municipality[]> {
    return ctx.services.regions.municipalitiesOfRegion(requireViewer(ctx.viewer).regionId);
  }
}
