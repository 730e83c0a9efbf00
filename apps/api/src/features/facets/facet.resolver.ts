import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { Facet, FacetInput, FacetPermissions, ReorderFacetsInput } from './facet.types';

@Resolver(() => Facet)
export class FacetResolver {
  @FieldResolver(() => FacetPermissions, { description: 'What the viewer may do with this facet.' })
  viewerCan(@Ctx() ctx: Context): FacetPermissions {
    return { edit: can(requireViewer(ctx.viewer), Permission.THEME_MAINTAIN) };
  }

  @Authorized()
  @Query(() => [Facet], { description: "The facets of the viewer's region, by position and name." })
  facets(
    @Arg('includeInactive', () => Boolean, { nullable: true, defaultValue: false }) includeInactive: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Facet[]> {
    return ctx.services.facets.list(requireViewer(ctx.viewer).regionId, includeInactive ?? false);
  }

  @Authorized(Permission.THEME_MAINTAIN)
  @Mutation(() => Facet, { description: 'Adds a facet at the end of the order.' })
  createFacet(@Arg('input') input: FacetInput, @Ctx() ctx: Context): Promise<Facet> {
    return ctx.services.facets.create(requireViewer(ctx.viewer), input);
  }

  @Authorized(Permission.THEME_MAINTAIN)
  @Mutation(() => Facet, { description: 'Renames a facet. Stale expectedVersion: CONFLICT STALE_VERSION.' })
  updateFacet(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: FacetInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Facet> {
    return ctx.services.facets.update(requireViewer(ctx.viewer), id, input, expectedVersion);
  }

  @Authorized(Permission.THEME_MAINTAIN)
  @Mutation(() => Facet, {
    description:
      'Retires or reactivates a facet. Facets are never deleted: links to them stay. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  setFacetActive(
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Facet> {
    return ctx.services.facets.setActive(requireViewer(ctx.viewer), id, active, expectedVersion);
  }

  @Authorized(Permission.THEME_MAINTAIN)
  @Mutation(() => [Facet], {
    description:
      'Sets the order of all facets of the region, retired ones included. Versionless: it replaces the whole order.',
  })
  reorderFacets(@Arg('input') input: ReorderFacetsInput, @Ctx() ctx: Context): Promise<Facet[]> {
    return ctx.services.facets.reorder(requireViewer(ctx.viewer), input.ids);
  }
}
