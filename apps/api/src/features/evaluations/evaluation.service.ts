import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { ConflictError } from '../../common/errors';
import { requireRegionId } from '../../common/region-scope';
import { findSession } from '../sessions/session.service';
import { EVALUATION_MIN_RESPONSES, type Evaluation, type SessionEvaluation } from './evaluation.types';

/** Evaluations of sessions by their attendees; staff read them only in aggregate. */
export class EvaluationService {
  constructor(private readonly db: DataSource) {}

  /** One evaluation per attendee (a confirmed registration marked as attended), after the session ended. */
  async submit(viewer: Viewer, sessionId: string, rating: number, comment: string): Promise<Evaluation> {
    return this.db.transaction(async (tx) => {
      const session = await findSession(tx, requireRegionId(viewer.regionId), sessionId);
      if (session.status === 'CANCELLED' || session.endsAt.getTime() > Date.now()) {
        throw new ConflictError('SESSION_NOT_ENDED', 'A session is evaluated after it took place.');
      }
      const [attended] = (await tx.query(
        `SELECT 1 FROM registrations WHERE session_id = $1 AND user_id = $2 AND status = 'CONFIRMED' AND attended`,
        [session.id, viewer.userId],
      )) as unknown[];
      if (!attended) {
        throw new ConflictError('NOT_AN_ATTENDEE', 'Only attendees evaluate a session.');
      }
      const [row] = (await tx.query(
        `INSERT INTO evaluations (session_id, user_id, rating, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (session_id, user_id) DO NOTHING RETURNING rating, comment, created_at AS "createdAt"`,
        [session.id, viewer.userId, rating, comment.trim()],
      )) as Evaluation[];
      if (!row) {
        throw new ConflictError('ALREADY_EVALUATED', 'You evaluated this session already.');
      }
      return row;
    });
  }

  /** Average and comments once enough attendees answered; before that only the number of responses. */
  async summary(viewer: Viewer, sessionId: string): Promise<SessionEvaluation> {
    const session = await findSession(this.db.manager, requireRegionId(viewer.regionId), sessionId);
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS responses, round(avg(rating), 1)::float8 AS average,
              coalesce(array_agg(comment ORDER BY lower(comment), comment) FILTER (WHERE comment <> ''), '{}') AS comments
         FROM evaluations WHERE session_id = $1`,
      [session.id],
    )) as { responses: number; average: number | null; comments: string[] }[];
    const suppressed = row!.responses < EVALUATION_MIN_RESPONSES;
    return {
      responses: row!.responses,
      suppressed,
      minimumResponses: EVALUATION_MIN_RESPONSES,
      averageRating: suppressed ? null : row!.average,
      comments: suppressed ? [] : row!.comments,
    };
  }
}
