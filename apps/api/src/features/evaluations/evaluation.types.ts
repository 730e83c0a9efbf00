import {
  EVALUATION_OPEN_ANSWER_MAX,
  EVALUATION_QUESTION_KINDS,
  EVALUATION_QUESTION_TEXT_MAX,
  EVALUATION_SCALE_LABEL_MAX,
  EVALUATION_SCALE_MAX_POINTS,
  EVALUATION_SCALE_MIN_POINTS,
  type EvaluationQuestionKind,
} from '@rode-draad/shared';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsNotBlank } from '../../common/validation';

@ObjectType({
  description:
    "A peer-learning track's group evaluations in aggregate, under the session rules: released once when the evaluation window closes (never while responses come in), and then only from the region's threshold k of responses on: the average to half a point, comments without names in random order.",
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

export const EvaluationQuestionKindEnum = { SCALE: 'SCALE', OPEN: 'OPEN' } as const satisfies {
  [K in EvaluationQuestionKind]: K;
};
registerEnumType(EvaluationQuestionKindEnum, {
  name: 'EvaluationQuestionKind',
  description: 'SCALE: a rating from 1 to scaleMax with labels at both ends; OPEN: a free text answer.',
});

@ObjectType({ description: 'A question of an evaluation. Locked once answered: its wording and scale never change.' })
export class EvaluationQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => EvaluationQuestionKindEnum)
  kind: EvaluationQuestionKind;

  @Field()
  text: string;

  @Field(() => Int, { nullable: true, description: 'SCALE: the highest point (the scale starts at 1); null for OPEN.' })
  scaleMax: number | null;

  @Field({ description: 'SCALE: what 1 means (may be empty).' })
  lowLabel: string;

  @Field({ description: 'SCALE: what scaleMax means (may be empty).' })
  highLabel: string;

  @Field()
  required: boolean;

  @Field({ description: 'True once replaced or removed from the set: kept for the answers it has.' })
  retired: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True once anyone answered it: a changed wording is then saved as a new question. Null for viewers who do not edit sets.',
  })
  answered: boolean | null;
}

@ObjectType({ description: "The questions an activity's evaluations ask, in order." })
export class EvaluationQuestionSet {
  @Field({ description: 'True while the activity has no set of its own and asks the default questions.' })
  isDefault: boolean;

  @Field(() => Int, { description: 'Version of the set for saveEvaluationQuestions: 0 while it is the default.' })
  version: number;

  @Field(() => [EvaluationQuestion])
  questions: EvaluationQuestion[];
}

@InputType()
export class EvaluationQuestionInput {
  @Field(() => ID, { nullable: true, description: 'An existing question of the set; empty for a new one.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => EvaluationQuestionKindEnum)
  @IsIn(EVALUATION_QUESTION_KINDS)
  kind: EvaluationQuestionKind;

  @Field()
  @IsNotBlank()
  @MaxLength(EVALUATION_QUESTION_TEXT_MAX)
  text: string;

  @Field(() => Int, {
    nullable: true,
    description: `SCALE: ${EVALUATION_SCALE_MIN_POINTS} to ${EVALUATION_SCALE_MAX_POINTS}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(EVALUATION_SCALE_MIN_POINTS)
  @Max(EVALUATION_SCALE_MAX_POINTS)
  scaleMax?: number | null;

  @Field({ defaultValue: '' })
  @MaxLength(EVALUATION_SCALE_LABEL_MAX)
  lowLabel: string;

  @Field({ defaultValue: '' })
  @MaxLength(EVALUATION_SCALE_LABEL_MAX)
  highLabel: string;

  @Field()
  @IsBoolean()
  required: boolean;
}

@InputType({ description: 'The answer to one question: rating for SCALE, text for OPEN.' })
export class EvaluationAnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(EVALUATION_SCALE_MAX_POINTS)
  rating?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(EVALUATION_OPEN_ANSWER_MAX)
  text?: string | null;
}

@ObjectType({ description: "One of the viewer's own answers." })
export class EvaluationAnswer {
  @Field(() => ID)
  questionId: string;

  @Field({ description: 'The question as it was answered (it may have been retired since).' })
  questionText: string;

  @Field(() => Int, { nullable: true })
  rating: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;
}

@ObjectType({ description: "The viewer's own evaluation of a session." })
export class MyEvaluation {
  @Field()
  submittedAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => [EvaluationAnswer])
  answers: EvaluationAnswer[];
}

@ObjectType({ description: 'What an attendee needs to evaluate a session: its questions and their own answers.' })
export class EvaluationForm {
  @Field(() => ID)
  sessionId: string;

  @Field({ description: 'Answers are taken, and changed, until then; results are released then.' })
  closesAt: Date;

  @Field({ description: 'True while the viewer may submit or change their evaluation.' })
  open: boolean;

  @Field(() => [EvaluationQuestion], { description: "The activity's current questions, in order." })
  questions: EvaluationQuestion[];

  @Field(() => MyEvaluation, { nullable: true, description: "The viewer's own evaluation; null while not given." })
  mine: MyEvaluation | null;
}

@ObjectType({ description: 'The released aggregate of one question, or why it is withheld.' })
export class EvaluationQuestionResult {
  @Field(() => EvaluationQuestion)
  question: EvaluationQuestion;

  @Field({ description: 'True when fewer than k respondents answered this question: nothing of it is shown.' })
  suppressed: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'SCALE: mean rating rounded to half a point; null while suppressed.',
  })
  averageRating: number | null;

  @Field(() => [String], { description: 'OPEN: the answers in random order; empty while suppressed.' })
  openAnswers: string[];
}

@ObjectType({
  description:
    "A session's evaluation results per question, released once when the window closes and only from the region's threshold k of responses on (per question too).",
})
export class SessionEvaluationResults {
  @Field(() => Int, { description: 'Responses so far. Tells who may still answer nothing about what anyone answered.' })
  responses: number;

  @Field()
  released: boolean;

  @Field()
  releasesAt: Date;

  @Field({ description: 'True while not released, or released with fewer than minimumResponses responses.' })
  suppressed: boolean;

  @Field(() => Int, { description: "The region's threshold k." })
  minimumResponses: number;

  @Field(() => [EvaluationQuestionResult], {
    description: 'Per question answered in this session; empty while suppressed.',
  })
  questions: EvaluationQuestionResult[];
}

@ObjectType({ description: 'A CSV export of evaluation responses, without anything that identifies a respondent.' })
export class EvaluationExport {
  @Field()
  filename: string;

  @Field({ description: 'Semicolons, UTF-8 with BOM, formula-safe cells.' })
  csv: string;

  @Field(() => Int, { description: 'Sessions in the export (released, with at least k responses).' })
  sessions: number;
}
