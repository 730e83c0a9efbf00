import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { BadInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import type { CarriedOverChoice, EarlierRecommendation } from './carried-over.types';
import type { RecommendationEntity } from './recommendation.entity';
import { toRecommendation, type RecommendationService } from './recommendation.service';
import type { Recommendation } from './recommendation.types';

const CANDIDATES_MAX = 500;

/** The municipality's recommendations of scans dated before this one's scan; row-level security scopes it too. */
function earlier(tx: EntityManager, rec: RecommendationEntity, onlyId?: string): Promise<EarlierRecommendation[]> {
  return tx.query<EarlierRecommendation[]>(
    `SELECT r.id, r.reference, r.title, to_char(s.scan_date, 'YYYY-MM-DD') AS "scanDate"
       FROM recommendations r
       JOIN scans s ON s.id = r.scan_id
       JOIN scans own ON own.id = $2
      WHERE r.municipality_id = $1 AND s.scan_date < own.scan_date ${onlyId ? 'AND r.id = $3' : ''}
      ORDER BY s.scan_date DESC, r.reference NULLS LAST, r.title, r.id
      LIMIT ${CANDIDATES_MAX}`,
    onlyId ? [rec.municipalityId, rec.scanId, onlyId] : [rec.municipalityId, rec.scanId],
  );
}

/**
 * Which recommendation of an earlier scan a re-scan recommendation carries over: content, so the
 * region's analysts set it (like text and themes), versioned, audited as an update. The progress
 * page uses the link before falling back to equal titles. The database holds the same rule (trigger
 * `recommendations_carried_over`: same municipality, earlier scan).
 */
export class CarriedOverService {
  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  choice(acting: Acting, id: string): Promise<CarriedOverChoice> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(tx, acting, id, Permission.RECOMMENDATION_EDIT_CONTENT);
      const candidates = await earlier(tx, rec);
      const [current] = rec.carriedOverFromId ? await earlier(tx, rec, rec.carriedOverFromId) : [];
      await audit([
        { municipalityId: rec.municipalityId, action: 'READ', entity: 'recommendation', entityId: rec.id },
        ...(candidates.length > 0
          ? [
              {
                municipalityId: rec.municipalityId,
                action: 'LIST' as const,
                entity: 'recommendation' as const,
                details: { count: candidates.length },
              },
            ]
          : []),
      ]);
      return { current: current ?? null, candidates };
    });
  }

  set(acting: Acting, id: string, fromId: string | null, expectedVersion: number): Promise<Recommendation> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(tx, acting, id, Permission.RECOMMENDATION_EDIT_CONTENT, true);
      checkVersion(rec, expectedVersion, 'recommendation');
      if (fromId !== null && (!isUuid(fromId) || (await earlier(tx, rec, fromId)).length === 0)) {
        throw new BadInputError('Choose a recommendation of an earlier scan of the same municipality.', [
          { field: 'fromId', reason: 'NOT_EARLIER_RECOMMENDATION' },
        ]);
      }
      await tx.query(`UPDATE recommendations SET carried_over_from_id = $2, version = version + 1 WHERE id = $1`, [
        rec.id,
        fromId,
      ]);
      await audit([
        { municipalityId: rec.municipalityId, action: 'UPDATE', entity: 'recommendation', entityId: rec.id },
      ]);
      return toRecommendation(acting.viewer)({ ...rec, carriedOverFromId: fromId, version: rec.version + 1 });
    });
  }
}
