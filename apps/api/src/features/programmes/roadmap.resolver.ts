import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { firstPage, PageInput } from '../../common/paging';
import { Session } from '../sessions/session.types';
import { ProgrammeBuilder, ProgrammeBuilderTheme, Roadmap, RoadmapCellContent, ThemeProgramme } from './roadmap.types';

@Resolver(() => ProgrammeBuilderTheme)
export class RoadmapResolver {
  @FieldResolver(() => Session, {
    nullable: true,
    description: 'The first upcoming session on the theme in this programme.',
  })
  nextSession(@Root() row: ProgrammeBuilderTheme, @Ctx() ctx: Context): Promise<Session | null> | null {
    return row.nextSessionId ? ctx.loaders.session.load(row.nextSessionId) : null;
  }

  @Authorized()
  @Query(() => Roadmap, { description: 'Themes × years (or quarters) of a programme, with the gaps.' })
  roadmap(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('byQuarter', () => Boolean, { nullable: true, defaultValue: false }) byQuarter: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<Roadmap> {
    return ctx.services.roadmap.roadmap(requireViewer(ctx.viewer).regionId, programmeId, byQuarter ?? false);
  }

  @Authorized()
  @Query(() => RoadmapCellContent, {
    description:
      "The activities and tracks of one roadmap cell (theme × year or quarter). NOT_FOUND for another region's programme or theme; BAD_USER_INPUT OUTSIDE_PROGRAMME_PERIOD (year) / OUT_OF_RANGE (quarter).",
  })
  roadmapCell(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('themeId', () => ID) themeId: string,
    @Arg('year', () => Int, { description: 'A year of the programme period.' }) year: number,
    @Arg('quarter', () => Int, {
      nullable: true,
      description: 'By quarter: 1–4, or null for the "quarter open" column. By year: null.',
    })
    quarter: number | null,
    @Arg('byQuarter', () => Boolean, { nullable: true, defaultValue: false, description: 'As the roadmap was asked.' })
    byQuarter: boolean | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<RoadmapCellContent> {
    return ctx.services.roadmap.cell(
      requireViewer(ctx.viewer).regionId,
      programmeId,
      themeId,
      { year, quarter: quarter ?? null, byQuarter: byQuarter ?? false },
      page ?? firstPage(),
    );
  }

  @Authorized()
  @Query(() => ProgrammeBuilder, {
    description: 'The regional themes ranked by the latest published picture, with what the programme offers on each.',
  })
  programmeBuilder(@Arg('programmeId', () => ID) programmeId: string, @Ctx() ctx: Context): Promise<ProgrammeBuilder> {
    return ctx.services.roadmap.builder(requireViewer(ctx.viewer).regionId, programmeId);
  }

  @Authorized()
  @Query(() => ThemeProgramme, {
    description: "A theme's trace: theme → activities → sessions. NOT_FOUND for another region's theme.",
  })
  themeProgramme(@Arg('themeId', () => ID) themeId: string, @Ctx() ctx: Context): Promise<ThemeProgramme> {
    return ctx.services.roadmap.themeProgramme(requireViewer(ctx.viewer).regionId, themeId);
  }
}
