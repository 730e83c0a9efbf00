import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf, type Context } from '../../access/request-context';
import {
  PeerGroupEvaluation,
  PeerGroupEvaluationInput,
  PeerGroupWork,
  PeerHistoryTrack,
  PeerLogEntry,
  PeerLogInput,
  PeerMeeting,
  PeerMeetingInput,
  PeerTrackOverview,
} from './group-work.types';

@Resolver(() => PeerGroupWork)
export class PeerGroupWorkResolver {
  @Authorized(Permission.PEER_GROUP_READ, Permission.TRACK_MANAGE)
  @Query(() => PeerGroupWork, {
    description:
      "A published group's meetings, shared log and own evaluation: its members and staff; NOT_FOUND for anyone else. Audited.",
  })
  peerGroupWork(@Arg('groupId', () => ID) groupId: string, @Ctx() ctx: Context): Promise<PeerGroupWork> {
    return ctx.services.peerGroupWork.work(actingOf(ctx), groupId);
  }

  @Authorized(Permission.PEER_GROUP_WORK, Permission.TRACK_MANAGE)
  @Mutation(() => PeerMeeting, { description: "Plans a meeting of the group; in the members' calendars." })
  planPeerMeeting(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('input') input: PeerMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<PeerMeeting> {
    return ctx.services.peerGroupWork.planMeeting(actingOf(ctx), groupId, input);
  }

  @Authorized(Permission.PEER_GROUP_WORK, Permission.TRACK_MANAGE)
  @Mutation(() => PeerMeeting)
  updatePeerMeeting(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input') input: PeerMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<PeerMeeting> {
    return ctx.services.peerGroupWork.updateMeeting(actingOf(ctx), meetingId, expectedVersion, input);
  }

  @Authorized(Permission.PEER_GROUP_WORK, Permission.TRACK_MANAGE)
  @Mutation(() => PeerMeeting, { description: 'Cancels a meeting; it stays, cancelled, in the calendars.' })
  cancelPeerMeeting(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PeerMeeting> {
    return ctx.services.peerGroupWork.cancelMeeting(actingOf(ctx), meetingId, expectedVersion);
  }

  @Authorized(Permission.PEER_GROUP_WORK)
  @Mutation(() => PeerLogEntry, { description: "Appends to a meeting's shared log. Audited for every member." })
  addPeerLogEntry(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input') input: PeerLogInput,
    @Ctx() ctx: Context,
  ): Promise<PeerLogEntry> {
    return ctx.services.peerGroupWork.addLogEntry(actingOf(ctx), meetingId, input);
  }

  @Authorized(Permission.PEER_GROUP_WORK)
  @Mutation(() => PeerLogEntry, { description: 'Edits an own log entry. Audited for every member.' })
  updatePeerLogEntry(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input') input: PeerLogInput,
    @Ctx() ctx: Context,
  ): Promise<PeerLogEntry> {
    return ctx.services.peerGroupWork.updateLogEntry(actingOf(ctx), entryId, expectedVersion, input);
  }

  @Authorized(Permission.PEER_GROUP_EVALUATE)
  @Mutation(() => PeerGroupEvaluation, { description: "The own municipality's evaluation of its group, once." })
  evaluatePeerGroup(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('input') input: PeerGroupEvaluationInput,
    @Ctx() ctx: Context,
  ): Promise<PeerGroupEvaluation> {
    return ctx.services.peerGroupOverview.evaluate(actingOf(ctx), groupId, input);
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Query(() => PeerTrackOverview, { description: "Staff's overview of a track's groups at work and its evaluation." })
  peerTrackOverview(@Arg('trackId', () => ID) trackId: string, @Ctx() ctx: Context): Promise<PeerTrackOverview> {
    return ctx.services.peerGroupOverview.overview(actingOf(ctx), trackId);
  }

  @Authorized(Permission.PEER_GROUP_READ)
  @Query(() => [PeerHistoryTrack], {
    description: "The tracks the viewer's municipality took part in, with its partners, newest first. Audited.",
  })
  myPeerHistory(@Ctx() ctx: Context): Promise<PeerHistoryTrack[]> {
    return ctx.services.peerGroupOverview.history(actingOf(ctx));
  }
}
