import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { PeerTrack, PeerTrackFilter, PeerTrackInput } from './track.types';

@Resolver(() => PeerTrack)
export class PeerTrackResolver {
  @Authorized()
  @Query(() => [PeerTrack], {
    description: "Peer-learning tracks of the viewer's region, newest first; enrolment counts under the k rule.",
  })
  peerTracks(
    @Arg('filter', () => PeerTrackFilter, { nullable: true }) filter: PeerTrackFilter | null,
    @Ctx() ctx: Context,
  ): Promise<PeerTrack[]> {
    return ctx.services.peerTracks.list(requireViewer(ctx.viewer), filter ?? {});
  }

  @Authorized()
  @Query(() => PeerTrack, { description: "A track of the viewer's region; NOT_FOUND for any other id." })
  peerTrack(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PeerTrack> {
    return ctx.services.peerTracks.byId(requireViewer(ctx.viewer), id);
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Mutation(() => PeerTrack)
  createPeerTrack(@Arg('input') input: PeerTrackInput, @Ctx() ctx: Context): Promise<PeerTrack> {
    return ctx.services.peerTracks.create(requireViewer(ctx.viewer), input);
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Mutation(() => PeerTrack, {
    description: 'Replaces the fields, themes and goals of a track. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  updatePeerTrack(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: PeerTrackInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PeerTrack> {
    return ctx.services.peerTracks.update(requireViewer(ctx.viewer), id, input, expectedVersion);
  }
}
