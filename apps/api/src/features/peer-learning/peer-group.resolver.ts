import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { actingOf, type Context } from '../../access/request-context';
import { PeerGroup } from './peer-group.types';

@Resolver(() => PeerGroup)
export class PeerGroupResolver {
  @Authorized(Permission.PEER_GROUP_READ)
  @Query(() => [PeerGroup], {
    description: "The published peer groups of the viewer's municipality, newest track first. Audited.",
  })
  myPeerGroups(@Ctx() ctx: Context): Promise<PeerGroup[]> {
    return ctx.services.peerGroups.mine(actingOf(ctx));
  }

  @Authorized(Permission.PEER_GROUP_READ)
  @Query(() => PeerGroup, { description: 'A published group of the own municipality; NOT_FOUND for any other id.' })
  peerGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PeerGroup> {
    return ctx.services.peerGroups.byId(actingOf(ctx), id);
  }
}
