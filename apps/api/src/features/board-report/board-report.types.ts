import { Field, Int, ObjectType } from 'type-graphql';
import { CountBand, PictureSnapshot } from '../picture/picture.types';
import { RegionalAdvice } from '../regional-advice/regional-advice.types';

@ObjectType({
  description:
    "Learning activity of the programme up to the snapshot's date, in totals only; counts of municipalities and attendances under the snapshot's k rule.",
})
export class BoardLearningTotals {
  @Field({ description: "The snapshot's publication: only activity up to this moment counts." })
  until: Date;

  @Field(() => Int, { description: 'Activities with at least one session held.' })
  activities: number;

  @Field(() => Int, { description: 'Sessions held (ended, not cancelled).' })
  sessionsHeld: number;

  @Field(() => CountBand, { description: 'Attendances at those sessions: exact from k on, otherwise "fewer than k".' })
  attendances: CountBand;

  @Field(() => CountBand, { description: 'Municipalities with at least one attendance, banded like the picture.' })
  attendingMunicipalities: CountBand;

  @Field(() => Int, { description: 'Peer-learning tracks opened.' })
  tracks: number;

  @Field(() => CountBand, { description: 'Municipalities enrolled in a track, banded like the picture.' })
  enrolledMunicipalities: CountBand;

  @Field(() => Int, {
    nullable: true,
    description:
      'Published peer groups; null while the enrolled municipalities are not exact (groups × 2 would reveal them).',
  })
  peerGroups: number | null;
}

@ObjectType({
  description:
    "The report for the board: a published snapshot's figures (never live data), its advice, the programme's answer and the learning activity so far.",
})
export class BoardReport {
  @Field(() => PictureSnapshot)
  snapshot: PictureSnapshot;

  @Field(() => [RegionalAdvice])
  advice: RegionalAdvice[];

  @Field(() => BoardLearningTotals)
  learning: BoardLearningTotals;

  @Field()
  generatedAt: Date;
}
