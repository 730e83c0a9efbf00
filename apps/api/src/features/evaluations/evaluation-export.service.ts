import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { spreadsheetCsv } from '../../common/csv';
import { ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { findSession } from '../sessions/session.service';
import { disclosureThreshold } from './evaluation.service';
import type { EvaluationExport } from './evaluation.types';

const TEXTS = {
  nl: { session: 'Bijeenkomst', retired: 'vervallen', file: 'evaluaties' },
  en: { session: 'Session', retired: 'retired', file: 'evaluations' },
} as const;

interface AnswerRow {
  sessionId: string;
  startsAt: Date;
  evaluationId: string;
  questionId: string;
  rating: number | null;
  text: string | null;
}

/**
 * Evaluation responses as CSV for programme staff, under the same rules as the results page: only
 * sessions whose window has closed (final results, so no two exports can be compared) with at least
 * k responses, and within such a session a question's answers only when at least k people answered
 * it. Nothing identifies a respondent: no name, no municipality, no time of answering; rows in
 * random order within each session, one row per response.
 */
export class EvaluationExportService {
  constructor(private readonly db: DataSource) {}

  async ofSession(viewer: Viewer, sessionId: string): Promise<EvaluationExport> {
    const session = await findSession(this.db.manager, requireRegionId(viewer.regionId), sessionId);
    return this.export(viewer, [session.id], `${TEXTS[viewer.locale].file}-${day(session.startsAt)}`);
  }

  async ofActivity(viewer: Viewer, activityId: string): Promise<EvaluationExport> {
    const regionId = requireRegionId(viewer.regionId);
    const [activity] = isUuid(activityId)
      ? await this.db.query<{ id: string }[]>('SELECT id FROM learning_activities WHERE id = $1 AND region_id = $2', [
          activityId,
          regionId,
        ])
      : [];
    if (!activity) {
      throw new NotFoundError('Activity');
    }
    const sessions = await this.db.query<{ id: string }[]>('SELECT id FROM sessions WHERE activity_id = $1', [
      activity.id,
    ]);
    return this.export(
      viewer,
      sessions.map((s) => s.id),
      TEXTS[viewer.locale].file,
    );
  }

  private async export(viewer: Viewer, sessionIds: string[], filename: string): Promise<EvaluationExport> {
    const k = await disclosureThreshold(this.db.manager, requireRegionId(viewer.regionId));
    const answers = await this.db.query<AnswerRow[]>(
      `WITH released AS (
         SELECT s.id, s.starts_at FROM sessions s
          WHERE s.id = ANY($1::uuid[]) AND s.ends_at + s.evaluation_window_days * interval '24 hours' <= now()
            AND (SELECT count(*) FROM evaluations e WHERE e.session_id = s.id) >= $2),
       shuffled AS (
         SELECT e.id, e.session_id, r.starts_at, row_number() OVER (ORDER BY r.starts_at, r.id, random()) AS n
           FROM evaluations e JOIN released r ON r.id = e.session_id),
       shown AS (
         SELECT e.session_id, a.question_id FROM evaluation_answers a JOIN shuffled e ON e.id = a.evaluation_id
          GROUP BY e.session_id, a.question_id HAVING count(*) >= $2)
       SELECT e.session_id AS "sessionId", e.starts_at AS "startsAt", e.id AS "evaluationId",
              a.question_id AS "questionId", a.rating, a.text
         FROM shuffled e
         LEFT JOIN evaluation_answers a
           ON a.evaluation_id = e.id
          AND EXISTS (SELECT 1 FROM shown WHERE shown.session_id = e.session_id AND shown.question_id = a.question_id)
        ORDER BY e.n`,
      [sessionIds, k],
    );
    if (answers.length === 0) {
      throw new ConflictError(
        'EVALUATION_WITHHELD',
        `Evaluations are exported once their window has closed and only with at least ${k} responses.`,
        { minimumResponses: k },
      );
    }
    const questions = await this.db.query<{ id: string; text: string; retired: boolean }[]>(
      `SELECT id, text, retired_at IS NOT NULL AS retired FROM evaluation_questions
        WHERE id = ANY($1::uuid[]) ORDER BY retired_at NULLS FIRST, position, id`,
      [[...new Set(answers.flatMap((a) => (a.questionId ? [a.questionId] : [])))]],
    );
    const texts = TEXTS[viewer.locale];
    const column = new Map(questions.map((q, index) => [q.id, index]));
    const rows = new Map<string, string[]>();
    for (const answer of answers) {
      const row = rows.get(answer.evaluationId) ?? [day(answer.startsAt), ...questions.map(() => '')];
      rows.set(answer.evaluationId, row);
      if (answer.questionId) {
        row[column.get(answer.questionId)! + 1] = answer.rating === null ? (answer.text ?? '') : String(answer.rating);
      }
    }
    const header = [texts.session, ...questions.map((q) => (q.retired ? `${q.text} (${texts.retired})` : q.text))];
    return {
      filename: `${filename}.csv`,
      csv: spreadsheetCsv(header, [...rows.values()]),
      sessions: new Set(answers.map((a) => a.sessionId)).size,
    };
  }
}

/** The session's day in Amsterdam, as YYYY-MM-DD. */
const day = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
