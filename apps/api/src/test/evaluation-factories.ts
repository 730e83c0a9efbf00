import {
  DEFAULT_COMMENT_QUESTION_ID,
  DEFAULT_OVERALL_QUESTION_ID,
} from '../db/migrations/1764900014000-evaluation-questions';
import type { TestApp } from './test-app';

/** Evaluation helpers for API tests. */
export const SUBMIT = `mutation ($sessionId: ID!, $answers: [EvaluationAnswerInput!]!) {
  submitEvaluation(sessionId: $sessionId, answers: $answers) { submittedAt } }`;

export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

/** Answers to the default set: the overall rating and, when given, a comment. */
export const rate = (rating: number, comment?: string) => [
  { questionId: DEFAULT_OVERALL_QUESTION_ID, rating },
  ...(comment === undefined ? [] : [{ questionId: DEFAULT_COMMENT_QUESTION_ID, text: comment }]),
];

/** Moves the session (and with it its 14-day window) into the past, as time would. */
export async function closeWindow(app: TestApp, sessionId: string): Promise<void> {
  await app.owner.query(
    `UPDATE sessions SET starts_at = now() - interval '15 days 3 hours', ends_at = now() - interval '15 days',
            registration_deadline = now() - interval '15 days 3 hours' WHERE id = $1`,
    [sessionId],
  );
}
