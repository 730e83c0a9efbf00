import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "The viewer's own evaluation of a session." })
export class Evaluation {
  @Field(() => Int)
  rating: number;

  @Field()
  comment: string;

  @Field()
  createdAt: Date;
}

@ObjectType({
  description:
    "A session's evaluations in aggregate, released once when the evaluation window closes (never while responses come in), and then only from the region's threshold k of responses on: the average to half a point, comments without names in random order.",
})
export class SessionEvaluation {
  @Field(() => Int, { description: 'Responses so far. Tells who may still answer nothing about what anyone answered.' })
  responses: number;

  @Field({ description: 'True once the evaluation window has closed: no more responses, results final.' })
  released: boolean;

  @Field({ description: 'When the evaluation window closes and the results are released.' })
  releasesAt: Date;

  @Field({
    description:
      'True while not released, or released with fewer than minimumResponses responses: no average, no comments.',
  })
  suppressed: boolean;

  @Field(() => Int, { description: "The region's threshold k." })
  minimumResponses: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean rating (1–5), rounded to half a point; null while suppressed.',
  })
  averageRating: number | null;

  @Field(() => [String], { description: 'Non-empty comments, in random order; empty while suppressed.' })
  comments: string[];
}
