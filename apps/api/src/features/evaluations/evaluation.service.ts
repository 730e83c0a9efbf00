import { evaluationShown, roundRatingToHalf } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { ConflictError } from '../../common/errors';
import { requireRegionId } from '../../common/region-scope';
import { evaluationClosesAt } from '../sessions/session.entity';
import { findSession } from '../sessions/session.service';
import type { Evaluation, SessionEvaluation } from './evaluation.types';

/**
 * Evaluations of sessions by their attendees. Staff read them only in aggregate, and only once the
 * session's evaluation window has closed: results that grew with every response would give each
 * response away by comparing two readings (see the evaluation rules in @rode-draad/shared).
 */
export class EvaluationService {
  constructor(private readonly db: DataSource) {}

  /** One evaluation per attendee (a confirmed registration marked as attended), between the end and the window's close. */
  async submit(viewer: Viewer, sessionId: string, rating: number, comment: string): Promise<Evaluation> {
    return this.db.transaction(async (tx) => {
      const session = await findSession(tx, requireRegionId(viewer.regionId), sessionId);
      if (session.status === 'CANCELLED' || session.endsAt.getTime() > Date.now()) {
        throw new ConflictError('SESSION_NOT_ENDED', 'A session is evaluated after it took place.');
      }
      if (evaluationClosesAt(session).getTime() <= Date.now()) {
        throw new ConflictError('EVALUATION_CLOSED', 'The evaluation of this session has closed.');
      }
      const [attended] = await tx.query<unknown[]>(
        `SELECT 1 FROM registrations WHERE session_id = $1 AND user_id = $2 AND status = 'CONFIRMED' AND attended`,
        [session.id, viewer.userId],
      );
      if (!attended) {
        throw new ConflictError('NOT_AN_ATTENDEE', 'Only attendees evaluate a session.');
      }
      const [row] = await tx.query<Evaluation[]>(
        `INSERT INTO evaluations (session_id, user_id, rating, comment) VALUES ($1, $2, $3, $4)
         ON CONFLICT (session_id, user_id) DO NOTHING RETURNING rating, comment, created_at AS "createdAt"`,
        [session.id, viewer.userId, rating, comment.trim()],
      );
      if (!row) {
        throw new ConflictError('ALREADY_EVALUATED', 'You evaluated this session already.');
      }
      return row;
    });
  }

  /** Before the window closes only the number of responses; after, the results if at least k answered. */
  async summary(viewer: Viewer, sessionId: string): Promise<SessionEvaluation> {
    const regionId = requireRegionId(viewer.regionId);
    const session = await findSession(this.db.manager, regionId, sessionId);
    const releasesAt = evaluationClosesAt(session);
    const released = releasesAt.getTime() <= Date.now();
    const [region] = await this.db.query<{ k: number }[]>(
      'SELECT disclosure_threshold AS k FROM regions WHERE id = $1',
      [regionId],
    );
    const k = region!.k;
    const [counted] = await this.db.query<
      {
        responses: number;
      }[]
    >('SELECT count(*)::int AS responses FROM evaluations WHERE session_id = $1', [session.id]);
    const responses = counted!.responses;
    const withheld = {
      responses,
      released,
      releasesAt,
      minimumResponses: k,
      suppressed: true,
      averageRating: null,
      comments: [],
    };
    if (!released || !evaluationShown(responses, k)) {
      return withheld;
    }
    // Random order: neither submission order nor anything else that could line a comment up with a person.
    const [row] = await this.db.query<{ average: number; comments: string[] }[]>(
      `SELECT avg(rating)::float8 AS average,
              coalesce(array_agg(comment ORDER BY random()) FILTER (WHERE comment <> ''), '{}') AS comments
         FROM evaluations WHERE session_id = $1`,
      [session.id],
    );
    return { ...withheld, suppressed: false, averageRating: roundRatingToHalf(row!.average), comments: row!.comments };
  }
}
