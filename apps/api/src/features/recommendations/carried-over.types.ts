import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';

/** A recommendation of an earlier scan of the same municipality, which a re-scan one may carry over. */
@ObjectType()
export class EarlierRecommendation {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field()
  title: string;

  @Field(() => LocalDate, { description: 'The date of the scan it belongs to.' })
  scanDate: string;
}

@ObjectType({ description: 'Which earlier recommendation a re-scan recommendation carries over, and the choices.' })
export class CarriedOverChoice {
  @Field(() => EarlierRecommendation, { nullable: true })
  current: EarlierRecommendation | null;

  @Field(() => [EarlierRecommendation], {
    description: "The municipality's recommendations of earlier scans, latest scan first (at most 500).",
  })
  candidates: EarlierRecommendation[];
}
