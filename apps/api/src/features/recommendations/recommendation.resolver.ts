import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { PageInput, firstPage } from '../../common/paging';
import { actingOf as acting, type Context } from '../../access/request-context';
import { Facet } from '../facets/facet.types';
import { Municipality } from '../regions/region.types';
import { primeRecommendationRelations } from './recommendation.loaders';
import {
  NewRecommendationInput,
  Person,
  Recommendation,
  RecommendationFilter,
  RecommendationInput,
  RecommendationPage,
  RecommendationSort,
  ScanRef,
  ThemeRef,
} from './recommendation.types';

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => Municipality)
  async municipality(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.municipality.load(rec.municipalityId)) as Municipality;
  }

  @FieldResolver(() => ScanRef, { nullable: true, description: 'Null for participants, who do not see scans.' })
  scan(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<ScanRef | null> {
    return ctx.loaders.scanRef.load(rec.scanId);
  }

  @FieldResolver(() => Facet)
  async facet(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<Facet> {
    return (await ctx.loaders.facet.load(rec.facetId)) as Facet;
  }

  @FieldResolver(() => [ThemeRef], {
    description: 'Confidential: the regional themes this recommendation is linked to.',
  })
  themes(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<ThemeRef[]> {
    return ctx.loaders.themesOfRecommendation.load(rec.id);
  }

  @FieldResolver(() => Person, { nullable: true })
  owner(@Root() rec: Recommendation, @Ctx() ctx: Context): Promise<Person | null> | null {
    return rec.ownerUserId ? ctx.loaders.person.load(rec.ownerUserId) : null;
  }

  @Authorized(Permission.RECOMMENDATION_READ)
  @Query(() => RecommendationPage, {
    description: 'Confidential. Only recommendations the viewer may see; counts and order too.',
  })
  async recommendations(
    @Arg('filter', () => RecommendationFilter, { nullable: true }) filter: RecommendationFilter | null,
    @Arg('sort', () => RecommendationSort, { nullable: true }) sort: RecommendationSort | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<RecommendationPage> {
    const { page: result, related } = await ctx.services.recommendations.list(
      acting(ctx),
      filter ?? {},
      sort ?? new RecommendationSort(),
      page ?? firstPage(),
    );
    primeRecommendationRelations(ctx.loaders, related);
    return result;
  }

  @Authorized(Permission.RECOMMENDATION_READ)
  @Query(() => Recommendation, { description: 'Confidential. NOT_FOUND also when the viewer may not see it.' })
  recommendation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Recommendation> {
    return ctx.services.recommendations.byId(acting(ctx), id);
  }

  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Mutation(() => Recommendation)
  createRecommendation(@Arg('input') input: NewRecommendationInput, @Ctx() ctx: Context): Promise<Recommendation> {
    return ctx.services.recommendations.create(acting(ctx), input);
  }

  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Mutation(() => Recommendation, {
    description:
      'Replaces the content of a recommendation (not its follow-up). Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  updateRecommendation(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RecommendationInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Recommendation> {
    return ctx.services.recommendations.update(acting(ctx), id, input, expectedVersion);
  }

  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Mutation(() => Boolean, {
    description:
      'Deletes the recommendation with its follow-up. CONFLICT STALE_VERSION when it changed since it was loaded.',
  })
  async deleteRecommendation(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.recommendations.delete(acting(ctx), id, expectedVersion);
    return true;
  }

  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Mutation(() => Recommendation, {
    description: 'Replaces the links to regional themes. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  setRecommendationThemes(
    @Arg('id', () => ID) id: string,
    @Arg('themeIds', () => [ID]) themeIds: string[],
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Recommendation> {
    return ctx.services.recommendations.setThemes(acting(ctx), id, themeIds, expectedVersion);
  }
}
