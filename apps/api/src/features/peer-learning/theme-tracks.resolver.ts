import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { ThemeProgramme } from '../programmes/roadmap.types';
import { PeerTrack } from './track.types';

/** The theme page counts tracks as part of the programme's offer, beside activities and sessions. */
@Resolver(() => ThemeProgramme)
export class ThemeTracksResolver {
  @FieldResolver(() => [PeerTrack], {
    description:
      'Peer-learning tracks on the theme, newest first: the offer only (enrolment counts under the k rule, never who).',
  })
  peerTracks(@Root() trace: ThemeProgramme, @Ctx() ctx: Context): Promise<PeerTrack[]> {
    return ctx.services.peerTracks.list(requireViewer(ctx.viewer), { themeId: trace.theme.id });
  }
}
