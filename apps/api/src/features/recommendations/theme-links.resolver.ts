import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { Recommendation } from './recommendation.types';
import { linkRecommendationsToThemes, suggestThemes } from './theme-links.service';
import { RecommendationThemeSuggestions } from './theme-links.types';

/** The analyst's bulk work on theme links: suggestions and linking many recommendations at once. */
@Resolver()
export class ThemeLinksResolver {
  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Query(() => [RecommendationThemeSuggestions], {
    description: "Confidential: themes suggested for each recommendation, from its facet and its title's words.",
  })
  themeSuggestions(
    @Arg('recommendationIds', () => [ID]) recommendationIds: string[],
    @Ctx() ctx: Context,
  ): Promise<RecommendationThemeSuggestions[]> {
    return suggestThemes(ctx.services.db, acting(ctx), recommendationIds);
  }

  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Mutation(() => [Recommendation], {
    description:
      'Adds the themes to every recommendation, all or nothing. expectedVersions[i] belongs to ids[i]; any stale: ' +
      'CONFLICT STALE_VERSION with extensions.stale listing each (id, currentVersion), nothing written.',
  })
  linkRecommendationsToThemes(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('themeIds', () => [ID]) themeIds: string[],
    @Arg('expectedVersions', () => [Int]) expectedVersions: number[],
    @Ctx() ctx: Context,
  ): Promise<Recommendation[]> {
    return linkRecommendationsToThemes(ctx.services.db, acting(ctx), ids, themeIds, expectedVersions);
  }
}
