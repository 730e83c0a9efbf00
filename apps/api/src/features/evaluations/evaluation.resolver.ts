import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { EVALUATION_QUESTIONS_MAX } from '@rode-draad/shared';
import {
  EvaluationAnswerInput,
  EvaluationExport,
  EvaluationForm,
  MyEvaluation,
  SessionEvaluationResults,
} from './evaluation.types';

@ArgsType()
class SubmitEvaluationArgs {
  @Field(() => ID)
  sessionId: string;

  @Field(() => [EvaluationAnswerInput], { description: 'One answer per question; optional questions may be left out.' })
  @ArrayMaxSize(EVALUATION_QUESTIONS_MAX)
  @ValidateNested({ each: true })
  answers: EvaluationAnswerInput[];
}

@Resolver()
export class EvaluationResolver {
  @Authorized(Permission.EVALUATION_SUBMIT)
  @Query(() => EvaluationForm, {
    description: "A session's evaluation questions and the viewer's own answers (never anyone else's).",
  })
  evaluationForm(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<EvaluationForm> {
    return ctx.services.evaluations.form(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.EVALUATION_SUBMIT)
  @Mutation(() => MyEvaluation, {
    description:
      'Gives or changes the viewer’s evaluation of a session they attended, after it ended and until its evaluation window closes. Otherwise CONFLICT NOT_AN_ATTENDEE / SESSION_NOT_ENDED / EVALUATION_CLOSED; BAD_USER_INPUT ANSWER_REQUIRED / UNKNOWN_QUESTION / ANSWER_OUT_OF_SCALE.',
  })
  submitEvaluation(@Args() { sessionId, answers }: SubmitEvaluationArgs, @Ctx() ctx: Context): Promise<MyEvaluation> {
    return ctx.services.evaluations.submit(requireViewer(ctx.viewer), sessionId, answers);
  }

  @Authorized(Permission.EVALUATION_READ)
  @Query(() => SessionEvaluationResults, {
    description:
      "Evaluations of a session per question: released once the evaluation window closes, suppressed below the region's threshold k.",
  })
  sessionEvaluation(
    @Arg('sessionId', () => ID) sessionId: string,
    @Ctx() ctx: Context,
  ): Promise<SessionEvaluationResults> {
    return ctx.services.evaluations.results(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.EVALUATION_READ)
  @Query(() => EvaluationExport, {
    description:
      'The responses of a released session with at least k of them as CSV; otherwise CONFLICT EVALUATION_WITHHELD.',
  })
  sessionEvaluationExport(
    @Arg('sessionId', () => ID) sessionId: string,
    @Ctx() ctx: Context,
  ): Promise<EvaluationExport> {
    return ctx.services.evaluationExports.ofSession(requireViewer(ctx.viewer), sessionId);
  }

  @Authorized(Permission.EVALUATION_READ)
  @Query(() => EvaluationExport, {
    description:
      'The responses of every released session of an activity with at least k of them as CSV; CONFLICT EVALUATION_WITHHELD when there is none.',
  })
  activityEvaluationExport(
    @Arg('activityId', () => ID) activityId: string,
    @Ctx() ctx: Context,
  ): Promise<EvaluationExport> {
    return ctx.services.evaluationExports.ofActivity(requireViewer(ctx.viewer), activityId);
  }
}
