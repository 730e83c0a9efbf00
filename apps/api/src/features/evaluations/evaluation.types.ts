import { Field, Float, Int, ObjectType } from 'type-graphql';

/** Staff see averages and comments only once this many attendees answered. */
export const EVALUATION_MIN_RESPONSES = 3;

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
  description: `A session's evaluations in aggregate. Anonymous: below ${EVALUATION_MIN_RESPONSES} responses only their number is shown; comments never carry names and come in alphabetical order.`,
})
export class SessionEvaluation {
  @Field(() => Int)
  responses: number;

  @Field({ description: `True while fewer than minimumResponses attendees answered: no average, no comments.` })
  suppressed: boolean;

  @Field(() => Int)
  minimumResponses: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating (1–5), rounded to one decimal; null while suppressed.' })
  averageRating: number | null;

  @Field(() => [String], { description: 'Non-empty comments; empty while suppressed.' })
  comments: string[];
}
