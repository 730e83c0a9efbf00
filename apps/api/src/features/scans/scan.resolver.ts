import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf as acting, type Context } from '../../access/request-context';
import { Municipality } from '../regions/region.types';
import { Scan, ScanInput } from './scan.types';

@Resolver(() => Scan)
export class ScanResolver {
  @FieldResolver(() => Municipality)
  async municipality(@Root() scan: Scan, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.municipality.load(scan.municipalityId)) as Municipality;
  }

  @FieldResolver(() => Int, { description: 'How many recommendations the scan has (what deleting it would remove).' })
  recommendationCount(@Root() scan: Scan, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.recommendationCountOfScan.load(scan.id);
  }

  @Authorized(Permission.SCAN_READ)
  @Query(() => [Scan], { description: 'Confidential. Scans the viewer may see, newest first.' })
  scans(
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Scan[]> {
    return ctx.services.scans.list(acting(ctx), municipalityId);
  }

  @Authorized(Permission.SCAN_READ)
  @Query(() => Scan, { description: 'Confidential. NOT_FOUND also when the viewer may not see it.' })
  scan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Scan> {
    return ctx.services.scans.byId(acting(ctx), id);
  }

  @Authorized(Permission.SCAN_WRITE)
  @Mutation(() => Scan)
  createScan(@Arg('input') input: ScanInput, @Ctx() ctx: Context): Promise<Scan> {
    return ctx.services.scans.create(acting(ctx), input);
  }

  @Authorized(Permission.SCAN_WRITE)
  @Mutation(() => Scan, {
    description: 'Replaces the fields of a scan. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  updateScan(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ScanInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<Scan> {
    return ctx.services.scans.update(acting(ctx), id, input, expectedVersion);
  }

  @Authorized(Permission.SCAN_WRITE)
  @Mutation(() => Boolean, {
    description:
      'Deletes the scan with all its recommendations and their follow-up. CONFLICT STALE_VERSION when it changed since it was loaded.',
  })
  async deleteScan(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.scans.delete(acting(ctx), id, expectedVersion);
    return true;
  }
}
