import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { Programme } from '../programmes/programme.types';
import { Municipality } from '../regions/region.types';
import { CalendarFeed, CalendarFeedScopeEnum, CalendarFeedUrl, type CalendarFeedScope } from './calendar-feed.types';

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  @FieldResolver(() => Programme, { nullable: true, description: 'The programme of a PROGRAMME feed.' })
  programme(@Root() feed: CalendarFeed, @Ctx() ctx: Context): Promise<Programme | null> | null {
    return feed.programmeId ? ctx.loaders.programme.load(feed.programmeId) : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality of a MUNICIPALITY feed.' })
  async municipality(@Root() feed: CalendarFeed, @Ctx() ctx: Context): Promise<Municipality | null> {
    return feed.municipalityId ? await ctx.loaders.municipality.load(feed.municipalityId) : null;
  }

  @Authorized()
  @Query(() => [CalendarFeed], {
    description: "The viewer's calendar feeds that work (not revoked); without their URLs.",
  })
  myCalendarFeeds(@Ctx() ctx: Context): Promise<CalendarFeed[]> {
    return ctx.services.calendarFeeds.mine(requireViewer(ctx.viewer));
  }

  @Authorized()
  @Mutation(() => CalendarFeedUrl, {
    description:
      'Creates a calendar feed and returns its secret URL, once. MUNICIPALITY: coordinators only (FORBIDDEN otherwise); PROGRAMME needs programmeId of the own region. One per scope and target: CONFLICT CALENDAR_FEED_EXISTS.',
  })
  createCalendarFeed(
    @Arg('scope', () => CalendarFeedScopeEnum) scope: CalendarFeedScope,
    @Arg('programmeId', () => ID, { nullable: true }) programmeId: string | null,
    @Ctx() ctx: Context,
  ): Promise<CalendarFeedUrl> {
    return ctx.services.calendarFeeds.create(requireViewer(ctx.viewer), scope, programmeId ?? null);
  }

  @Authorized()
  @Mutation(() => CalendarFeedUrl, {
    description: 'Replaces the secret URL of an own feed; the old URL stops working at once.',
  })
  regenerateCalendarFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CalendarFeedUrl> {
    return ctx.services.calendarFeeds.regenerate(requireViewer(ctx.viewer), id);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Turns an own feed off; its URL stops working.' })
  revokeCalendarFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.calendarFeeds.revoke(requireViewer(ctx.viewer), id);
  }
}
