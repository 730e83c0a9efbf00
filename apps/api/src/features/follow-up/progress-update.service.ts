import { isEvidenceLink } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { BadInputError, type FieldProblem } from '../../common/errors';
import type { RecommendationService } from '../recommendations/recommendation.service';
import { toRecommendation } from '../recommendations/recommendation.service';
import type { Recommendation } from '../recommendations/recommendation.types';
import { appendTimeline } from './follow-up.service';
import type { ProgressInput } from './follow-up.types';

/**
 * A progress update (note and links) on its own: what an owner may write on a recommendation
 * assigned to them, besides files. Status, owner and due date stay the coordinators'
 * (FOLLOW_UP_WRITE). The update only appends to the timeline, so it takes no version: it cannot
 * overwrite anything someone else saved.
 */
export class ProgressUpdateService {
  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  async record(acting: Acting, id: string, input: ProgressInput): Promise<Recommendation> {
    return runConfidential(this.db, acting, Permission.FOLLOW_UP_PROGRESS, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(tx, acting, id, Permission.FOLLOW_UP_PROGRESS);
      const note = input.note?.trim() || null;
      const links = [...new Set((input.links ?? []).map((link) => link.trim()).filter(Boolean))];
      const problems: FieldProblem[] = [];
      if (links.some((link) => !isEvidenceLink(link))) {
        problems.push({ field: 'links', reason: 'INVALID_LINK' });
      }
      if (!note && links.length === 0) {
        problems.push({ field: 'note', reason: 'REQUIRED' });
      }
      if (problems.length > 0) {
        throw new BadInputError('The progress update could not be saved.', problems);
      }
      await appendTimeline(tx, rec, acting.viewer.userId, [{ kind: 'PROGRESS', note, links }]);
      await audit([
        {
          municipalityId: rec.municipalityId,
          action: 'UPDATE',
          entity: 'recommendation',
          entityId: rec.id,
          details: { followUp: ['PROGRESS'] },
        },
      ]);
      return toRecommendation(acting.viewer)(rec);
    });
  }
}
