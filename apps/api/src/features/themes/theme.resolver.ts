import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import { NotFoundError } from '../../common/errors';
import { PageInput, firstPage } from '../../common/paging';
import type { Context } from '../../access/request-context';
import { Facet } from '../facets/facet.types';
import { Theme, ThemeFilter, ThemeInput, ThemePage, ThemePermissions, ThemeSort } from './theme.types';

@Resolver(() => Theme)
export class ThemeResolver {
  @FieldResolver(() => [Facet], { description: 'Related facets, by position and name; retired ones included.' })
  facets(@Root() theme: Theme, @Ctx() ctx: Context): Promise<Facet[]> {
    return ctx.loaders.themeFacets.load(theme.id);
  }

  @FieldResolver(() => ThemePermissions, { description: 'What the viewer may do with this theme.' })
  viewerCan(@Ctx() ctx: Context): ThemePermissions {
    return { edit: can(requireViewer(ctx.viewer), Permission.THEME_MAINTAIN) };
  }

  @Authorized()
  @Query(() => ThemePage, { description: "The regional themes of the viewer's region." })
  themes(
    @Arg('filter', () => ThemeFilter, { nullable: true }) filter: ThemeFilter | null,
    @Arg('sort', () => ThemeSort, { nullable: true }) sort: ThemeSort | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<ThemePage> {
    const { regionId } = requireViewer(ctx.viewer);
    return ctx.services.themes.list(regionId, filter ?? {}, sort ?? new ThemeSort(), page ?? firstPage());
  }

  @Authorized()
  @Query(() => Theme, { nullable: true, description: "A theme of the viewer's region; NOT_FOUND for any other id." })
  async theme(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Theme> {
    const theme = await ctx.services.themes.byId(requireViewer(ctx.viewer).regionId, id);
    if (!theme) {
      throw new NotFoundError('Theme');
    }
    return theme;
  }

  @Authorized(Permission.THEME_MAINTAIN)
  @Mutation(() => Theme)
  createTheme(@Arg('input') input: ThemeInput, @Ctx() ctx: Context): Promise<Theme> {
    return ctx.services.themes.create(requireViewer(ctx.viewer), input);
  }

  @Authorized(Permission.THEME_MAINTAIN)
  @Mutation(() => Theme, {
    description:
      'Replaces the fields and the related facets of a theme. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  updateTheme(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ThemeInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Theme> {
    return ctx.services.themes.update(requireViewer(ctx.viewer), id, input, expectedVersion);
  }

  @Authorized(Permission.THEME_MAINTAIN)
  @Mutation(() => Theme, {
    description:
      'Retires or reactivates a theme. Themes are never deleted. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  setThemeActive(
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Theme> {
    return ctx.services.themes.setActive(requireViewer(ctx.viewer), id, active, expectedVersion);
  }
}
