import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import type { EvaluationQuestion, EvaluationQuestionInput, EvaluationQuestionSet } from './evaluation.types';

export const QUESTION_COLUMNS = `q.id, q.kind, q.text, q.scale_max AS "scaleMax", q.low_label AS "lowLabel",
  q.high_label AS "highLabel", q.required, q.retired_at IS NOT NULL AS retired,
  EXISTS (SELECT 1 FROM evaluation_answers a WHERE a.question_id = q.id) AS answered`;

/** The current questions of each activity: its own set, or the default set (activity_id NULL) when it has none. */
export async function currentQuestions(
  tx: EntityManager,
  activityIds: readonly string[],
): Promise<Map<string, EvaluationQuestion[]>> {
  const rows = await tx.query<(EvaluationQuestion & { activityId: string })[]>(
    `SELECT a.id AS "activityId", ${QUESTION_COLUMNS}
       FROM unnest($1::uuid[]) AS a(id)
       JOIN evaluation_questions q
         ON q.retired_at IS NULL
        AND q.activity_id IS NOT DISTINCT FROM
            (CASE WHEN EXISTS (SELECT 1 FROM evaluation_question_sets s WHERE s.activity_id = a.id) THEN a.id END)
      ORDER BY q.position, q.id`,
    [activityIds.filter(isUuid)],
  );
  const sets = new Map<string, EvaluationQuestion[]>(activityIds.map((id) => [id, []]));
  for (const { activityId, ...question } of rows) {
    sets.get(activityId)?.push(question);
  }
  return sets;
}

/** Whether a stored question says the same as the input: wording, kind and scale (what an answer meant). */
const sameMeaning = (stored: EvaluationQuestion, input: EvaluationQuestionInput) =>
  stored.kind === input.kind &&
  stored.text === input.text.trim() &&
  stored.scaleMax === (input.kind === 'SCALE' ? input.scaleMax : null) &&
  stored.lowLabel === (input.kind === 'SCALE' ? input.lowLabel.trim() : '') &&
  stored.highLabel === (input.kind === 'SCALE' ? input.highLabel.trim() : '');

/**
 * Question sets of learning activities (issue 11). The rule that keeps results sound: a question
 * with answers is never changed in meaning nor deleted. Saving a set therefore
 * - edits an unanswered question in place, and deletes one that was left out;
 * - keeps an answered question whose wording, kind and scale are unchanged (its order and
 *   `required` may change: they don't change what the answers meant);
 * - retires an answered question that was changed or left out (its answers stay, and are still
 *   reported under the wording they answered) and adds a changed one as a new question.
 * A trigger refuses any other change of an answered question (migration EvaluationQuestions).
 */
export class QuestionSetService {
  constructor(private readonly db: DataSource) {}

  async byActivity(activityIds: readonly string[]): Promise<Map<string, EvaluationQuestionSet>> {
    const [questions, versions] = await Promise.all([
      currentQuestions(this.db.manager, activityIds),
      this.db.query<{ activity_id: string; version: number }[]>(
        'SELECT activity_id, version FROM evaluation_question_sets WHERE activity_id = ANY($1::uuid[])',
        [activityIds.filter(isUuid)],
      ),
    ]);
    const version = new Map(versions.map((v) => [v.activity_id, v.version]));
    return new Map(
      activityIds.map((id) => [
        id,
        { isDefault: !version.has(id), version: version.get(id) ?? 0, questions: questions.get(id) ?? [] },
      ]),
    );
  }

  /** Replaces the activity's set (version 0 while it asks the default questions); returns the saved set. */
  async save(
    viewer: Viewer,
    activityId: string,
    expectedVersion: number,
    inputs: EvaluationQuestionInput[],
  ): Promise<EvaluationQuestionSet> {
    checkInputs(inputs);
    await this.db.transaction(async (tx) => {
      const activity = isUuid(activityId)
        ? (
            await tx.query<{ id: string }[]>(
              'SELECT id FROM learning_activities WHERE id = $1 AND region_id = $2 FOR UPDATE',
              [activityId, requireRegionId(viewer.regionId)],
            )
          )[0]
        : undefined;
      if (!activity) {
        throw new NotFoundError('Activity');
      }
      const [set] = await tx.query<{ version: number }[]>(
        'SELECT version FROM evaluation_question_sets WHERE activity_id = $1',
        [activityId],
      );
      checkVersion({ version: set?.version ?? 0 }, expectedVersion, 'question set');
      // The default set is a template: the first save of an activity copies what it keeps as new rows.
      const stored = set ? ((await currentQuestions(tx, [activityId])).get(activityId) ?? []) : [];
      const byId = new Map(stored.map((q) => [q.id, q]));
      if (inputs.some((input) => input.id && !byId.has(input.id) && set)) {
        throw new BadInputError('A question is not part of this set.', [
          { field: 'questions', reason: 'UNKNOWN_QUESTION' },
        ]);
      }
      const kept = new Set<string>();
      for (const [position, input] of inputs.entries()) {
        const existing = input.id ? byId.get(input.id) : undefined;
        if (existing && (sameMeaning(existing, input) || !existing.answered)) {
          kept.add(existing.id);
          await tx.query(
            `UPDATE evaluation_questions SET position = $2, kind = $3, text = $4, scale_max = $5, low_label = $6,
                    high_label = $7, required = $8 WHERE id = $1`,
            [existing.id, position, ...values(input)],
          );
        } else {
          await tx.query(
            `INSERT INTO evaluation_questions (activity_id, position, kind, text, scale_max, low_label, high_label, required)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [activityId, position, ...values(input)],
          );
        }
      }
      for (const question of stored.filter((q) => !kept.has(q.id))) {
        await tx.query(
          question.answered
            ? 'UPDATE evaluation_questions SET retired_at = now() WHERE id = $1'
            : 'DELETE FROM evaluation_questions WHERE id = $1',
          [question.id],
        );
      }
      await tx.query(
        `INSERT INTO evaluation_question_sets (activity_id, updated_by) VALUES ($1, $2)
         ON CONFLICT (activity_id) DO UPDATE SET version = evaluation_question_sets.version + 1, updated_at = now(),
                                                 updated_by = EXCLUDED.updated_by`,
        [activityId, viewer.userId],
      );
    });
    return (await this.byActivity([activityId])).get(activityId)!;
  }
}

const values = (input: EvaluationQuestionInput) => {
  const scale = input.kind === 'SCALE';
  return [
    input.kind,
    input.text.trim(),
    scale ? input.scaleMax : null,
    scale ? input.lowLabel.trim() : '',
    scale ? input.highLabel.trim() : '',
    input.required,
  ];
};

function checkInputs(inputs: EvaluationQuestionInput[]): void {
  if (inputs.length === 0) {
    throw new BadInputError('A question set needs at least one question.', [
      { field: 'questions', reason: 'QUESTION_SET_EMPTY' },
    ]);
  }
  const ids = inputs.flatMap((i) => (i.id ? [i.id] : []));
  if (new Set(ids).size !== ids.length) {
    throw new BadInputError('A question appears twice.', [{ field: 'questions', reason: 'UNKNOWN_QUESTION' }]);
  }
  const missingScale = inputs.findIndex((i) => i.kind === 'SCALE' && !i.scaleMax);
  if (missingScale >= 0) {
    throw new BadInputError('A scale question needs its highest point.', [
      { field: `questions.${missingScale}.scaleMax`, reason: 'REQUIRED' },
    ]);
  }
}
