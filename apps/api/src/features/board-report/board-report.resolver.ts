import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { BoardReport } from './board-report.types';

@Resolver()
export class BoardReportResolver {
  @Authorized()
  @Query(() => BoardReport, {
    description:
      "The board's report of a published snapshot of the viewer's region; the PDF is GET /api/picture-snapshots/:id/board-report.pdf.",
  })
  boardReport(@Arg('snapshotId', () => ID) snapshotId: string, @Ctx() ctx: Context): Promise<BoardReport> {
    return ctx.services.boardReport.report(requireViewer(ctx.viewer), snapshotId);
  }
}
