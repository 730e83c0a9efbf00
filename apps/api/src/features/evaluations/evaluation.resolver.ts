import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { Evaluation, SessionEvaluation } from './evaluation.types';

@ArgsType()
class SubmitEvaluationArgs {
  @Field(() => ID)
  sessionId: string;

  @Field(() => Int, { description: '1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @Field(() => String, {
    nullable: true,
    defaultValue: '',
    description: 'At most 2000 characters; shown to staff without a name.',
  })
  @IsOptional()
  @MaxLength(2000)
  comment: string | null;
}

@Resolver()
export class EvaluationResolver {
  @Authorized(Permission.EVALUATION_SUBMIT)
  @Mutation(() => Evaluation, {
    description:
      'Evaluates a session the viewer attended, once, after it ended and before its evaluation window closes. Otherwise CONFLICT NOT_AN_ATTENDEE / SESSION_NOT_ENDED / EVALUATION_CLOSED / ALREADY_EVALUATED.',
  })
  submitEvaluation(
    @Args() { sessionId, rating, comment }: SubmitEvaluationArgs,
    @Ctx() ctx: Context,
  ): Promise<Evaluation> {
    return ctx.services.evaluations.submit(requireViewer(ctx.viewer), sessionId, rating, comment ?? '');
  }

  @Authorized(Permission.EVALUATION_READ)
  @Query(() => SessionEvaluation, {
    description:
      "Evaluations of a session in aggregate: released once the evaluation window closes, suppressed below the region's threshold k.",
  })
  sessionEvaluation(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<SessionEvaluation> {
    return ctx.services.evaluations.summary(requireViewer(ctx.viewer), sessionId);
  }
}
