import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { RegionalAdviceInput } from '../regional-advice/regional-advice.types';
import {
  DifferencingCellInput,
  DisclosureSettings,
  PictureLine,
  PicturePreview,
  PictureSnapshot,
  PictureSnapshotPage,
} from './picture.types';

@Resolver()
export class PictureResolver {
  @Authorized(Permission.PICTURE_PUBLISH)
  @Query(() => PicturePreview, {
    description: 'The regional picture from live data, for review before publishing. Not stored.',
  })
  picturePreview(@Ctx() ctx: Context): Promise<PicturePreview> {
    return ctx.services.picture.preview(requireViewer(ctx.viewer), ctx.requestId);
  }

  @Authorized(Permission.PICTURE_PUBLISH)
  @Mutation(() => PictureSnapshot, {
    description:
      'Publishes the regional picture as it is now as an immutable, dated snapshot. CONFLICT DIFFERENCING_UNCONFIRMED (with extensions.risks) while the differencing check finds a cell not in acknowledgedRisks.',
  })
  publishPicture(
    @Arg('note') note: string,
    @Arg('acknowledgedRisks', () => [DifferencingCellInput], { nullable: true, defaultValue: [] })
    acknowledgedRisks: DifferencingCellInput[] | null,
    @Arg('advice', () => [RegionalAdviceInput], {
      nullable: true,
      defaultValue: [],
      description: 'The regional advice published with the snapshot, in this order; immutable with it.',
    })
    advice: RegionalAdviceInput[] | null,
    @Ctx() ctx: Context,
  ): Promise<PictureSnapshot> {
    return ctx.services.picture.publish(
      requireViewer(ctx.viewer),
      ctx.requestId,
      note,
      acknowledgedRisks ?? [],
      advice ?? [],
    );
  }

  @Authorized()
  @Query(() => PictureSnapshotPage, { description: "Published snapshots of the viewer's region, newest first." })
  pictureSnapshots(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<PictureSnapshotPage> {
    return ctx.services.picture.snapshots(requireViewer(ctx.viewer), page ?? firstPage());
  }

  @Authorized()
  @Query(() => PictureSnapshot)
  pictureSnapshot(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PictureSnapshot> {
    return ctx.services.picture.snapshot(requireViewer(ctx.viewer), id);
  }

  @Authorized()
  @Query(() => PictureSnapshot, {
    nullable: true,
    description: "The region's latest published picture; null before the first.",
  })
  latestPicture(@Ctx() ctx: Context): Promise<PictureSnapshot | null> {
    return ctx.services.picture.latest(requireViewer(ctx.viewer));
  }

  @Authorized()
  @Query(() => PictureLine, {
    nullable: true,
    description: "A theme's line in the latest published picture, for theme pages; null when it is not in one yet.",
  })
  themePictureLine(@Arg('themeId', () => ID) themeId: string, @Ctx() ctx: Context): Promise<PictureLine | null> {
    return ctx.services.picture.themeLine(requireViewer(ctx.viewer), themeId);
  }

  @Authorized(Permission.PICTURE_PUBLISH)
  @Query(() => DisclosureSettings)
  disclosureSettings(@Ctx() ctx: Context): Promise<DisclosureSettings> {
    return ctx.services.picture.disclosureSettings(requireViewer(ctx.viewer));
  }

  @Authorized(Permission.PICTURE_PUBLISH)
  @Mutation(() => DisclosureSettings, {
    description:
      "Sets the region's threshold k (1 to n/2) for future previews and snapshots; published ones keep theirs.",
  })
  setDisclosureThreshold(@Arg('k', () => Int) k: number, @Ctx() ctx: Context): Promise<DisclosureSettings> {
    return ctx.services.picture.setThreshold(requireViewer(ctx.viewer), k);
  }
}
