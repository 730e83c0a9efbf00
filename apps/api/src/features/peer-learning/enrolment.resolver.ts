import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf, type Context } from '../../access/request-context';
import { PeerEnrolment, PeerEnrolmentInput } from './enrolment.types';

@Resolver(() => PeerEnrolment)
export class PeerEnrolmentResolver {
  @Authorized(Permission.TRACK_MANAGE, Permission.TRACK_ENROL)
  @Query(() => [PeerEnrolment], {
    description:
      "Enrolments of a track with their declarations: programme staff see all, a coordinator the own municipality's. Audited.",
  })
  peerEnrolments(@Arg('trackId', () => ID) trackId: string, @Ctx() ctx: Context): Promise<PeerEnrolment[]> {
    return ctx.services.peerEnrolments.list(actingOf(ctx), trackId);
  }

  @Authorized(Permission.TRACK_ENROL)
  @Mutation(() => PeerEnrolment, {
    description:
      'Enrols the own municipality while the window is open (outside: CONFLICT ENROLMENT_CLOSED); again after a withdrawal.',
  })
  enrolInPeerTrack(
    @Arg('trackId', () => ID) trackId: string,
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('input') input: PeerEnrolmentInput,
    @Ctx() ctx: Context,
  ): Promise<PeerEnrolment> {
    return ctx.services.peerEnrolments.enrol(actingOf(ctx), trackId, municipalityId, input);
  }

  @Authorized(Permission.TRACK_ENROL)
  @Mutation(() => PeerEnrolment, { description: 'Replaces the declarations while the window is open.' })
  updatePeerEnrolment(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: PeerEnrolmentInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PeerEnrolment> {
    return ctx.services.peerEnrolments.update(actingOf(ctx), id, input, expectedVersion);
  }

  @Authorized(Permission.TRACK_ENROL)
  @Mutation(() => PeerEnrolment, { description: 'Withdraws the own enrolment while the window is open.' })
  withdrawPeerEnrolment(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<PeerEnrolment> {
    return ctx.services.peerEnrolments.withdraw(actingOf(ctx), id, expectedVersion);
  }
}
