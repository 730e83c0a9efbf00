import { Field, ObjectType } from 'type-graphql';
// picture.types imports this file for PictureLine.learningEffect: the band classes are used only
// lazily (inside `() =>`), and the properties are typed by shape, so the cycle is harmless.
import { CountBand, ShareBand } from './picture.types';

type CountBandShape = Pick<CountBand, 'kind' | 'value' | 'bound'>;
type ShareBandShape = Pick<ShareBand, 'from' | 'to'>;

const PROGRESS =
  "mean progress of the side's municipalities (share of their recommendations on the theme that is done or in progress) as a quarter band; null when suppressed or when fewer than 4k recommendations stand behind the side.";

/*
 * Flat rather than one object per side: the picture's queries already sit near the API's depth and
 * cost limits (graphql-armor), and a side object would add a level under every line.
 */
@ObjectType('LearningEffect', {
  description:
    "Learning → follow-up for a theme: municipalities that took part in the theme's learning (attended a session of an activity on it, or are in a published group of a peer track on it) against those that did not, among municipalities with a recommendation on the theme. Computed when the snapshot was published.",
})
export class LearningEffectView {
  @Field({ description: 'True when either side has fewer than k municipalities: nothing is shown.' })
  suppressed: boolean;

  @Field(() => CountBand, { nullable: true, description: 'Municipalities that took part; null when suppressed.' })
  tookPartMunicipalities: CountBandShape | null;

  @Field(() => ShareBand, { nullable: true, description: `Took part: ${PROGRESS}` })
  tookPartProgress: ShareBandShape | null;

  @Field(() => CountBand, { nullable: true, description: 'Municipalities that did not; null when suppressed.' })
  didNotMunicipalities: CountBandShape | null;

  @Field(() => ShareBand, { nullable: true, description: `Did not: ${PROGRESS}` })
  didNotProgress: ShareBandShape | null;
}
