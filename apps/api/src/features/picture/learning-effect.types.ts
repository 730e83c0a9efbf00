import { Field, ObjectType } from 'type-graphql';
// picture.types imports this file for PictureLine.learningEffect: the band classes are used only
// lazily (inside `() =>`), and the properties are typed by shape, so the cycle is harmless.
import { CountBand, ShareBand } from './picture.types';

type CountBandShape = Pick<CountBand, 'kind' | 'value' | 'bound'>;
type ShareBandShape = Pick<ShareBand, 'from' | 'to'>;

@ObjectType('LearningSide', {
  description: 'One side of the learning → follow-up comparison of a theme, under disclosure control.',
})
export class LearningSideView {
  @Field(() => CountBand, {
    description: 'Municipalities on this side (only municipalities with a recommendation on the theme).',
  })
  municipalities: CountBandShape;

  @Field(() => ShareBand, {
    nullable: true,
    description:
      "Mean progress of the side's municipalities (share of their recommendations on the theme that is done or in progress) as a quarter band; null when fewer than 4k recommendations stand behind the side.",
  })
  progress: ShareBandShape | null;
}

@ObjectType('LearningEffect', {
  description:
    "Learning → follow-up for a theme: municipalities that took part in the theme's learning (attended a session of an activity on it, or are in a published group of a peer track on it) against those that did not, among municipalities with a recommendation on the theme. Computed when the snapshot was published.",
})
export class LearningEffectView {
  @Field({ description: 'True when either side has fewer than k municipalities: nothing is shown.' })
  suppressed: boolean;

  @Field(() => LearningSideView, {
    nullable: true,
    description: 'Municipalities that took part; null when suppressed.',
  })
  tookPart: LearningSideView | null;

  @Field(() => LearningSideView, { nullable: true, description: 'Municipalities that did not; null when suppressed.' })
  didNot: LearningSideView | null;
}
