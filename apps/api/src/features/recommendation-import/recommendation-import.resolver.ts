import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { ImportFormat, ImportPreview, ImportResult } from './recommendation-import.types';

const FILE_DESCRIPTION = 'The file, base64-encoded (a data URL is accepted too); at most 100 kB and 500 rows.';

@Resolver()
export class RecommendationImportResolver {
  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Query(() => ImportPreview, {
    description:
      "Confidential. Checks an import file against the scan's region and references; writes nothing. NOT_FOUND for a scan the viewer may not see.",
  })
  previewRecommendationImport(
    @Arg('scanId', () => ID) scanId: string,
    @Arg('format', () => ImportFormat) format: ImportFormat,
    @Arg('contentBase64', { description: FILE_DESCRIPTION }) contentBase64: string,
    @Ctx() ctx: Context,
  ): Promise<ImportPreview> {
    return ctx.services.recommendationImport.preview(acting(ctx), scanId, format, contentBase64);
  }

  @Authorized(Permission.RECOMMENDATION_EDIT_CONTENT)
  @Mutation(() => ImportResult, {
    description:
      'Imports one recommendation per row, all or nothing. Any invalid row: BAD_USER_INPUT with reason INVALID_ROWS and extensions.rows [{ row, column, reason }].',
  })
  importRecommendations(
    @Arg('scanId', () => ID) scanId: string,
    @Arg('format', () => ImportFormat) format: ImportFormat,
    @Arg('contentBase64', { description: FILE_DESCRIPTION }) contentBase64: string,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return ctx.services.recommendationImport.import(acting(ctx), scanId, format, contentBase64);
  }
}
