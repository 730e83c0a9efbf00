import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Permission } from '../../access/permissions';
import { can, requireViewer } from '../../access/policy';
import type { Context } from '../../access/request-context';
import { EVALUATION_QUESTIONS_MAX } from '@rode-draad/shared';
import { LearningActivity } from '../activities/activity.types';
import { EvaluationQuestionInput, EvaluationQuestionSet } from './evaluation.types';

@ArgsType()
class SaveEvaluationQuestionsArgs {
  @Field(() => ID)
  activityId: string;

  @Field(() => Int, { description: 'The set version read; 0 while the activity asks the default questions.' })
  expectedVersion: number;

  @Field(() => [EvaluationQuestionInput], { description: 'The whole set, in order.' })
  @ArrayMaxSize(EVALUATION_QUESTIONS_MAX)
  @ValidateNested({ each: true })
  questions: EvaluationQuestionInput[];
}

/** An activity's evaluation questions: read by everyone of the region, written by programme staff. */
@Resolver(() => LearningActivity)
export class QuestionSetResolver {
  @FieldResolver(() => EvaluationQuestionSet, {
    description: "The questions the activity's evaluations ask (the default set while it has none of its own).",
  })
  async evaluationQuestions(@Root() activity: LearningActivity, @Ctx() ctx: Context): Promise<EvaluationQuestionSet> {
    const set = await ctx.loaders.evaluationQuestionSet.load(activity.id);
    // Whether anyone answered is for those who edit the set; to anyone else it would be a count.
    return can(requireViewer(ctx.viewer), Permission.PROGRAMME_PLAN)
      ? set
      : { ...set, questions: set.questions.map((q) => ({ ...q, answered: null })) };
  }

  @Authorized(Permission.PROGRAMME_PLAN)
  @Mutation(() => EvaluationQuestionSet, {
    description:
      'Replaces the question set of an activity. Answered questions are locked: a changed wording or scale is saved as a new question and the answered one retired, with its answers. Stale expectedVersion: CONFLICT STALE_VERSION.',
  })
  saveEvaluationQuestions(
    @Args() { activityId, expectedVersion, questions }: SaveEvaluationQuestionsArgs,
    @Ctx() ctx: Context,
  ): Promise<EvaluationQuestionSet> {
    return ctx.services.questionSets.save(requireViewer(ctx.viewer), activityId, expectedVersion, questions);
  }
}
