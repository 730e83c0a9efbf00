import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { RecommendationFilter, RecommendationSort } from '../recommendations/recommendation.types';
import { ExportFile, ExportFormat } from './export.types';

@Resolver()
export class RecommendationExportResolver {
  @Authorized(Permission.RECOMMENDATION_READ)
  @Query(() => ExportFile, {
    description:
      'Confidential: the recommendations the viewer may see (filters and order as in the list) with their timelines, as CSV or XLSX. Audited.',
  })
  recommendationExport(
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Arg('filter', () => RecommendationFilter, { nullable: true }) filter: RecommendationFilter | null,
    @Arg('sort', () => RecommendationSort, { nullable: true }) sort: RecommendationSort | null,
    @Ctx() ctx: Context,
  ): Promise<ExportFile> {
    return ctx.services.recommendationExport.export(
      acting(ctx),
      filter ?? {},
      sort ?? new RecommendationSort(),
      format,
    );
  }
}
