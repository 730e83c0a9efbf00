import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf, type Context } from '../../access/request-context';
import { PeerArrangementInput, PeerArrangementScore, PeerProposal } from './proposal.types';

const groupsOf = (arrangement: PeerArrangementInput) => arrangement.groups.map((g) => g.municipalityIds);

@Resolver(() => PeerProposal)
export class PeerPairingResolver {
  @Authorized(Permission.TRACK_MANAGE)
  @Query(() => PeerProposal, {
    nullable: true,
    description: 'The draft pairing of a track, else the published one, else null. Programme staff only.',
  })
  peerProposal(@Arg('trackId', () => ID) trackId: string, @Ctx() ctx: Context): Promise<PeerProposal | null> {
    return ctx.services.peerPairing.current(actingOf(ctx), trackId);
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Query(() => PeerArrangementScore, { description: 'What an arrangement by hand would score, without saving it.' })
  previewPeerArrangement(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('arrangement') arrangement: PeerArrangementInput,
    @Ctx() ctx: Context,
  ): Promise<PeerArrangementScore> {
    return ctx.services.peerPairing.preview(actingOf(ctx), proposalId, groupsOf(arrangement));
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Mutation(() => PeerProposal, {
    description:
      'Runs the pairing engine on the current enrolments, keeping locked groups of the draft. Infeasible: CONFLICT with the reason.',
  })
  runPeerPairing(@Arg('trackId', () => ID) trackId: string, @Ctx() ctx: Context): Promise<PeerProposal> {
    return ctx.services.peerPairing.run(actingOf(ctx), trackId);
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Mutation(() => PeerProposal, {
    description: 'Locks or unlocks a group of the draft (expectedVersion: the proposal’s).',
  })
  setPeerGroupLocked(
    @Arg('groupId', () => ID) groupId: string,
    @Arg('locked') locked: boolean,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PeerProposal> {
    return ctx.services.peerPairing.setLocked(actingOf(ctx), groupId, locked, expectedVersion);
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Mutation(() => PeerProposal, {
    description: 'Replaces the draft’s groups by an arrangement by hand (move, swap, split).',
  })
  rearrangePeerGroups(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('arrangement') arrangement: PeerArrangementInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PeerProposal> {
    return ctx.services.peerPairing.rearrange(actingOf(ctx), proposalId, groupsOf(arrangement), expectedVersion);
  }

  @Authorized(Permission.TRACK_MANAGE)
  @Mutation(() => PeerProposal, {
    description:
      'Publishes the draft and tells the members of new or changed groups. Stale version or changed enrolments: CONFLICT STALE_VERSION.',
  })
  publishPeerProposal(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PeerProposal> {
    return ctx.services.peerPairing.publish(actingOf(ctx), proposalId, expectedVersion);
  }
}
