import { evaluationShown, roundRatingToHalf } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { BadInputError, ConflictError } from '../../common/errors';
import { requireRegionId } from '../../common/region-scope';
import { evaluationClosesAt, type LearningSessionEntity } from '../sessions/session.entity';
import { findSession } from '../sessions/session.service';
import type {
  EvaluationAnswerInput,
  EvaluationForm,
  EvaluationQuestion,
  EvaluationQuestionResult,
  MyEvaluation,
  SessionEvaluationResults,
} from './evaluation.types';
import { currentQuestions, QUESTION_COLUMNS } from './question-set.service';

/**
 * Evaluations of sessions by their attendees, one per attendee, answering the activity's question
 * set. An attendee may change their answers until the window closes: nothing but the number of
 * responses is shown before then, and a change does not change that number, so it gives nothing away.
 * Staff read results only in aggregate and only once the window has closed: results that grew with
 * every response would give each response away by comparing two readings (see the evaluation rules
 * in @rode-draad/shared). Every figure, per question too, needs at least k answers behind it.
 */
export class EvaluationService {
  constructor(private readonly db: DataSource) {}

  /** The session's questions and the viewer's own answers, for attendees (others get an empty `mine`). */
  async form(viewer: Viewer, sessionId: string): Promise<EvaluationForm> {
    const session = await findSession(this.db.manager, requireRegionId(viewer.regionId), sessionId);
    const questions = (await currentQuestions(this.db.manager, [session.activityId])).get(session.activityId) ?? [];
    const mine = await ownEvaluation(this.db.manager, session.id, viewer.userId);
    const attended = await hasAttended(this.db.manager, session.id, viewer.userId);
    return {
      sessionId: session.id,
      closesAt: evaluationClosesAt(session),
      open: attended && evaluationOpen(session),
      // Whether anyone answered a question is a count: not for attendees.
      questions: questions.map((q) => ({ ...q, answered: null })),
      mine,
    };
  }

  /**
   * Gives or replaces the viewer's evaluation: an attendee (a confirmed registration marked as
   * attended), between the session's end and the window's close, answering every required question
   * of the activity's current set and only those questions.
   */
  async submit(viewer: Viewer, sessionId: string, answers: EvaluationAnswerInput[]): Promise<MyEvaluation> {
    await this.db.transaction(async (tx) => {
      const session = await findSession(tx, requireRegionId(viewer.regionId), sessionId);
      if (session.status === 'CANCELLED' || session.endsAt.getTime() > Date.now()) {
        throw new ConflictError('SESSION_NOT_ENDED', 'A session is evaluated after it took place.');
      }
      if (!evaluationOpen(session)) {
        throw new ConflictError('EVALUATION_CLOSED', 'The evaluation of this session has closed.');
      }
      if (!(await hasAttended(tx, session.id, viewer.userId))) {
        throw new ConflictError('NOT_AN_ATTENDEE', 'Only attendees evaluate a session.');
      }
      // Shares the lock that saving the set takes, so no question is answered while it is being changed.
      await tx.query('SELECT 1 FROM learning_activities WHERE id = $1 FOR SHARE', [session.activityId]);
      const questions = (await currentQuestions(tx, [session.activityId])).get(session.activityId) ?? [];
      const rows = checkAnswers(questions, answers);
      const [evaluation] = await tx.query<{ id: string }[]>(
        `INSERT INTO evaluations (session_id, user_id) VALUES ($1, $2)
         ON CONFLICT (session_id, user_id) DO UPDATE SET updated_at = now() RETURNING id`,
        [session.id, viewer.userId],
      );
      await tx.query('DELETE FROM evaluation_answers WHERE evaluation_id = $1', [evaluation!.id]);
      for (const row of rows) {
        await tx.query(
          'INSERT INTO evaluation_answers (evaluation_id, question_id, rating, text) VALUES ($1, $2, $3, $4)',
          [evaluation!.id, row.questionId, row.rating, row.text],
        );
      }
    });
    const session = await findSession(this.db.manager, requireRegionId(viewer.regionId), sessionId);
    return (await ownEvaluation(this.db.manager, session.id, viewer.userId))!;
  }

  /** Before the window closes only the number of responses; after, per question, if at least k answered. */
  async results(viewer: Viewer, sessionId: string): Promise<SessionEvaluationResults> {
    const regionId = requireRegionId(viewer.regionId);
    const session = await findSession(this.db.manager, regionId, sessionId);
    const releasesAt = evaluationClosesAt(session);
    const released = releasesAt.getTime() <= Date.now();
    const k = await disclosureThreshold(this.db.manager, regionId);
    const [counted] = await this.db.query<{ responses: number }[]>(
      'SELECT count(*)::int AS responses FROM evaluations WHERE session_id = $1',
      [session.id],
    );
    const responses = counted!.responses;
    const withheld = { responses, released, releasesAt, minimumResponses: k, suppressed: true, questions: [] };
    if (!released || !evaluationShown(responses, k)) {
      return withheld;
    }
    return { ...withheld, suppressed: false, questions: await questionResults(this.db.manager, session.id, k) };
  }
}

export async function disclosureThreshold(tx: EntityManager, regionId: string): Promise<number> {
  const [region] = await tx.query<{ k: number }[]>('SELECT disclosure_threshold AS k FROM regions WHERE id = $1', [
    regionId,
  ]);
  return region!.k;
}

const evaluationOpen = (session: LearningSessionEntity) =>
  session.status !== 'CANCELLED' &&
  session.endsAt.getTime() <= Date.now() &&
  evaluationClosesAt(session).getTime() > Date.now();

async function hasAttended(tx: EntityManager, sessionId: string, userId: string): Promise<boolean> {
  const rows = await tx.query<unknown[]>(
    `SELECT 1 FROM registrations WHERE session_id = $1 AND user_id = $2 AND status = 'CONFIRMED' AND attended`,
    [sessionId, userId],
  );
  return rows.length > 0;
}

/** Only ever the viewer's own: there is no way to ask for someone else's answers. */
async function ownEvaluation(tx: EntityManager, sessionId: string, userId: string): Promise<MyEvaluation | null> {
  const [row] = await tx.query<MyEvaluation[]>(
    `SELECT e.created_at AS "submittedAt", e.updated_at AS "updatedAt",
            coalesce(json_agg(json_build_object('questionId', q.id, 'questionText', q.text, 'rating', a.rating, 'text', a.text)
                       ORDER BY q.retired_at NULLS FIRST, q.position) FILTER (WHERE q.id IS NOT NULL), '[]') AS answers
       FROM evaluations e
       LEFT JOIN evaluation_answers a ON a.evaluation_id = e.id
       LEFT JOIN evaluation_questions q ON q.id = a.question_id
      WHERE e.session_id = $1 AND e.user_id = $2
      GROUP BY e.id`,
    [sessionId, userId],
  );
  return row ? { ...row, submittedAt: new Date(row.submittedAt), updatedAt: new Date(row.updatedAt) } : null;
}

interface AnswerRow {
  questionId: string;
  rating: number | null;
  text: string | null;
}

/** Every required question answered, nothing but the set's questions, each value fitting its question. */
function checkAnswers(questions: EvaluationQuestion[], answers: EvaluationAnswerInput[]): AnswerRow[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, AnswerRow>();
  for (const [index, answer] of answers.entries()) {
    const question = byId.get(answer.questionId);
    if (!question || given.has(answer.questionId)) {
      throw new BadInputError('This question is not (or no longer) part of the evaluation.', [
        { field: `answers.${index}.questionId`, reason: 'UNKNOWN_QUESTION' },
      ]);
    }
    const text = answer.text?.trim() || null;
    if (question.kind === 'SCALE' && answer.rating != null) {
      if (answer.rating > question.scaleMax!) {
        throw new BadInputError('The rating lies outside the scale.', [
          { field: `answers.${index}.rating`, reason: 'ANSWER_OUT_OF_SCALE' },
        ]);
      }
      given.set(question.id, { questionId: question.id, rating: answer.rating, text: null });
    } else if (question.kind === 'OPEN' && text) {
      given.set(question.id, { questionId: question.id, rating: null, text });
    }
  }
  const missing = questions.findIndex((q) => q.required && !given.has(q.id));
  if (missing >= 0) {
    throw new BadInputError('A required question has no answer.', [
      { field: `answers.${questions[missing]!.id}`, reason: 'ANSWER_REQUIRED' },
    ]);
  }
  return [...given.values()];
}

/**
 * Per question answered in the session (retired ones included, under the wording they answered):
 * the average to half a point, or the open answers in random order (neither submission order nor
 * anything else that could line an answer up with a person); withheld below k answers.
 */
async function questionResults(tx: EntityManager, sessionId: string, k: number): Promise<EvaluationQuestionResult[]> {
  const rows = await tx.query<(EvaluationQuestion & { answers: number; average: number | null; texts: string[] })[]>(
    `SELECT ${QUESTION_COLUMNS}, count(a.*)::int AS answers, avg(a.rating)::float8 AS average,
            coalesce(array_agg(a.text ORDER BY random()) FILTER (WHERE a.text IS NOT NULL), '{}') AS texts
       FROM evaluations e
       JOIN evaluation_answers a ON a.evaluation_id = e.id
       JOIN evaluation_questions q ON q.id = a.question_id
      WHERE e.session_id = $1
      GROUP BY q.id
      ORDER BY q.retired_at NULLS FIRST, q.position, q.id`,
    [sessionId],
  );
  return rows.map(({ answers, average, texts, ...question }) => {
    const shown = evaluationShown(answers, k);
    return {
      question,
      suppressed: !shown,
      averageRating: shown && average !== null ? roundRatingToHalf(average) : null,
      openAnswers: shown ? texts : [],
    };
  });
}
