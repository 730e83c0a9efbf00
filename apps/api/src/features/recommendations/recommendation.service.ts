import { isOverdue } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import { can, canOn } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Acting, Viewer } from '../../access/viewer';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import type { PageInput } from '../../common/paging';
import { listAuditEntries, recordAudit } from '../audit/audit.service';
import { todayInAmsterdam } from '../follow-up/today';
import type { ScanEntity } from '../scans/scan.entity';
import { applyRecommendationFilter, orderRecommendations } from './recommendation-filter';
import { RecommendationEntity } from './recommendation.entity';
import {
  type NewRecommendationInput,
  type Recommendation,
  type RecommendationFilter,
  type RecommendationInput,
  type RecommendationPage,
  type RecommendationSort,
} from './recommendation.types';
import type { ScanService } from '../scans/scan.service';

export const toRecommendation = (viewer: Viewer) => {
  const today = todayInAmsterdam();
  return (r: RecommendationEntity): Recommendation => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    body: r.body,
    priority: r.priority,
    status: r.status,
    statusReason: r.statusReason,
    statusChangedAt: r.statusChangedAt,
    dueDate: r.dueDate,
    overdue: isOverdue(r.status, r.dueDate, today),
    version: r.version,
    createdAt: r.createdAt,
    municipalityId: r.municipalityId,
    scanId: r.scanId,
    facetId: r.facetId,
    ownerUserId: r.ownerUserId,
    viewerCan: {
      edit: can(viewer, Permission.RECOMMENDATION_EDIT_CONTENT),
      followUp: canOn(viewer, Permission.FOLLOW_UP_WRITE, r),
      recordProgress: canOn(viewer, Permission.FOLLOW_UP_PROGRESS, { ...r, userId: r.ownerUserId }),
      linkLearning: canOn(viewer, Permission.LEARNING_LINK_WRITE, r),
    },
  });
};

export class RecommendationService {
  constructor(
    private readonly db: DataSource,
    private readonly scans: ScanService,
  ) {}

  async list(
    acting: Acting,
    filter: RecommendationFilter,
    sort: RecommendationSort,
    page: PageInput,
  ): Promise<RecommendationPage> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_READ, async ({ tx, scope: scopeOf, audit }) => {
      const scope = scopeOf('r', { user: 'owner_user_id' });
      const qb = tx.getRepository(RecommendationEntity).createQueryBuilder('r').where(scope.sql, scope.params);
      applyRecommendationFilter(qb, filter, todayInAmsterdam());
      orderRecommendations(qb, sort);
      const [rows, total] = await qb.offset(page.offset).limit(page.limit).getManyAndCount();
      await audit(listAuditEntries('recommendation', rows));
      return { items: rows.map(toRecommendation(acting.viewer)), total };
    });
  }

  async byId(acting: Acting, id: string): Promise<Recommendation> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_READ, async ({ tx, audit }) => {
      const rec = await this.findVisible(tx, acting, id, Permission.RECOMMENDATION_READ);
      await audit([{ municipalityId: rec.municipalityId, action: 'READ', entity: 'recommendation', entityId: rec.id }]);
      return toRecommendation(acting.viewer)(rec);
    });
  }

  async create(acting: Acting, input: NewRecommendationInput): Promise<Recommendation> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx }) => {
      const scan = await this.scans.findVisible(tx, acting.viewer, input.scanId, Permission.SCAN_WRITE).catch(() => {
        throw new BadInputError('This scan does not exist.', [{ field: 'scanId', reason: 'UNKNOWN_SCAN' }]);
      });
      const [created] = await this.insertMany(tx, acting, scan, [input]);
      return toRecommendation(acting.viewer)(created!);
    });
  }

  /**
   * Inserts recommendations into a scan inside the caller's transaction, with audit entries.
   * Used by single creation and by the all-or-nothing import.
   */
  async insertMany(
    tx: EntityManager,
    acting: Acting,
    scan: ScanEntity,
    inputs: RecommendationInput[],
  ): Promise<RecommendationEntity[]> {
    await this.checkFacets(
      tx,
      acting.viewer,
      inputs.map((i) => i.facetId),
    );
    const repo = tx.getRepository(RecommendationEntity);
    const entities = inputs.map((input) =>
      repo.create({
        regionId: scan.regionId,
        municipalityId: scan.municipalityId,
        scanId: scan.id,
        reference: input.reference?.trim() || null,
        title: input.title.trim(),
        body: input.body.trim(),
        facetId: input.facetId,
        priority: input.priority,
        status: 'OPEN',
      }),
    );
    const saved = await this.saveUnique(tx, entities);
    await recordAudit(
      tx,
      acting.viewer,
      acting.requestId,
      saved.map((r) => ({
        municipalityId: r.municipalityId,
        action: 'CREATE' as const,
        entity: 'recommendation' as const,
        entityId: r.id,
      })),
    );
    return saved;
  }

  /** Replaces the content; STALE_VERSION when someone (an analyst or the follow-up) saved in between. */
  async update(
    acting: Acting,
    id: string,
    input: RecommendationInput,
    expectedVersion: number,
  ): Promise<Recommendation> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
      const rec = await this.findVisible(tx, acting, id, Permission.RECOMMENDATION_EDIT_CONTENT, true);
      checkVersion(rec, expectedVersion, 'recommendation');
      await this.checkFacets(tx, acting.viewer, [input.facetId]);
      Object.assign(rec, {
        reference: input.reference?.trim() || null,
        title: input.title.trim(),
        body: input.body.trim(),
        facetId: input.facetId,
        priority: input.priority,
        version: rec.version + 1,
      });
      const [saved] = await this.saveUnique(tx, [rec]);
      await audit([
        { municipalityId: rec.municipalityId, action: 'UPDATE', entity: 'recommendation', entityId: rec.id },
      ]);
      return toRecommendation(acting.viewer)(saved!);
    });
  }

  async delete(acting: Acting, id: string): Promise<void> {
    await runConfidential(this.db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
      const rec = await this.findVisible(tx, acting, id, Permission.RECOMMENDATION_EDIT_CONTENT, true);
      await tx.getRepository(RecommendationEntity).delete({ id: rec.id });
      await audit([
        { municipalityId: rec.municipalityId, action: 'DELETE', entity: 'recommendation', entityId: rec.id },
      ]);
    });
  }

  /**
   * Replaces the recommendation's (confidential) links to regional themes; an edit of its content
   * like `update`, so STALE_VERSION when someone saved in between, and it raises the version.
   */
  async setThemes(acting: Acting, id: string, themeIds: string[], expectedVersion: number): Promise<Recommendation> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
      const rec = await this.findVisible(tx, acting, id, Permission.RECOMMENDATION_EDIT_CONTENT, true);
      checkVersion(rec, expectedVersion, 'recommendation');
      const unique = [...new Set(themeIds)];
      if (unique.some((themeId) => !isUuid(themeId))) {
        throw new BadInputError('Unknown theme.', [{ field: 'themeIds', reason: 'UNKNOWN_THEME' }]);
      }
      const found = await tx.query<{ id: string }[]>('SELECT id FROM themes WHERE id = ANY($1) AND region_id = $2', [
        unique,
        acting.viewer.regionId,
      ]);
      if (found.length !== unique.length) {
        throw new BadInputError('Unknown theme.', [{ field: 'themeIds', reason: 'UNKNOWN_THEME' }]);
      }
      await tx.query('DELETE FROM recommendation_themes WHERE recommendation_id = $1', [rec.id]);
      if (unique.length > 0) {
        await tx.query(
          `INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
           SELECT $1, unnest($2::uuid[]), $3, $4`,
          [rec.id, unique, rec.regionId, rec.municipalityId],
        );
      }
      rec.version += 1;
      const [saved] = await this.saveUnique(tx, [rec]);
      await audit([
        {
          municipalityId: rec.municipalityId,
          action: 'LINK',
          entity: 'recommendation_theme',
          entityId: rec.id,
          details: { themes: unique.length },
        },
      ]);
      return toRecommendation(acting.viewer)(saved!);
    });
  }

  /**
   * The recommendation if `permission` reaches it for the viewer, otherwise the same NOT_FOUND as
   * for an id that does not exist (an attempt on another municipality's record is audited for that
   * municipality). `forEdit` locks the row for the rest of the transaction.
   */
  async findVisible(
    tx: EntityManager,
    acting: Acting,
    id: string,
    permission: Permission,
    forEdit = false,
  ): Promise<RecommendationEntity> {
    if (!isUuid(id)) {
      throw new NotFoundError('Recommendation');
    }
    const scope = scopeSql(acting.viewer, permission, 'r', { user: 'owner_user_id' });
    const qb = tx
      .getRepository(RecommendationEntity)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params)
      .andWhere('r.id = :id', { id });
    if (forEdit) {
      qb.setLock('pessimistic_write');
    }
    const rec = await qb.getOne();
    if (!rec) {
      throw new NotFoundError('Recommendation', { entity: 'recommendation', id });
    }
    return rec;
  }

  private async checkFacets(tx: EntityManager, viewer: Viewer, facetIds: string[]): Promise<void> {
    const unique = [...new Set(facetIds)];
    const found = await tx.query<{ id: string }[]>(
      'SELECT id FROM facets WHERE id = ANY($1) AND region_id = $2 AND active',
      [unique, viewer.regionId],
    );
    if (found.length !== unique.length) {
      throw new BadInputError('Unknown facet.', [{ field: 'facetId', reason: 'UNKNOWN_FACET' }]);
    }
  }

  private async saveUnique(tx: EntityManager, entities: RecommendationEntity[]): Promise<RecommendationEntity[]> {
    try {
      return await tx.getRepository(RecommendationEntity).save(entities);
    } catch (error) {
      if (isUniqueViolation(error, 'recommendations_scan_reference_key')) {
        throw new ConflictError(
          'REFERENCE_TAKEN',
          'This scan already has a recommendation with this reference number.',
        );
      }
      throw error;
    }
  }
}
