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
import { totalOf, type PageInput } from '../../common/paging';
import { listAuditParams, listAuditSql, recordAudit } from '../audit/audit.service';
import { todayInAmsterdam } from '../follow-up/today';
import type { ScanEntity } from '../scans/scan.entity';
import { applyRecommendationFilter, orderRecommendations, recommendationOrderSql } from './recommendation-filter';
import type { RecommendationRelations } from './recommendation.loaders';
import { RecommendationEntity } from './recommendation.entity';
import {
  type NewRecommendationInput,
  Recommendation,
  type RecommendationFilter,
  type RecommendationInput,
  type RecommendationPage,
  type RecommendationSort,
  type ThemeRef,
} from './recommendation.types';
import type { ScanService } from '../scans/scan.service';

/** The columns a `Recommendation` is made from. */
type RecommendationRow = Pick<
  RecommendationEntity,
  | 'id'
  | 'regionId'
  | 'municipalityId'
  | 'scanId'
  | 'reference'
  | 'title'
  | 'body'
  | 'facetId'
  | 'priority'
  | 'status'
  | 'statusReason'
  | 'statusChangedAt'
  | 'ownerUserId'
  | 'dueDate'
  | 'version'
  | 'createdAt'
>;

/**
 * Instances of the GraphQL class, not plain objects: type-graphql would otherwise copy the object
 * for every field resolver of every row (as for sessions, see toSession).
 */
export const toRecommendation = (viewer: Viewer, today = todayInAmsterdam()) => {
  return <R extends RecommendationRow>(r: R): Recommendation =>
    Object.assign(new Recommendation(), {
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

/** A list row: the recommendation, the page's total, and what the list shows of its relations. */
interface ListRow extends RecommendationRow {
  total: string;
  facetName: string;
  facetDescription: string;
  facetPosition: number;
  facetActive: boolean;
  facetVersion: number;
  municipalityCode: string;
  municipalityName: string;
  ownerName: string | null;
  /** Null where row-level security hides the scan (participants). */
  scanDate: string | null;
  themes: ThemeRef[];
}

/**
 * What the page statement picks of each recommendation besides its id: everything the list returns,
 * named as in the table, so the rest of the statement reads the page as `r` without a second pass
 * over `recommendations` (each one costs its row-level-security policy again, in planning too).
 */
const PAGE_COLUMNS = [
  'region_id',
  'municipality_id',
  'scan_id',
  'reference',
  'title',
  'body',
  'facet_id',
  'priority',
  'status',
  'status_reason',
  'status_changed_at',
  'owner_user_id',
  'due_date',
  'version',
  'created_at',
] as const;

/**
 * The page's rows with their relations, around `idsSql` (the page's rows with `PAGE_COLUMNS` and
 * the total), sorted again in the list's order: `orderSql` ends in the id, so the rows come back
 * exactly as picked. Facets, municipalities and users carry no confidential data and no row-level
 * security; scans and theme links do, and are read in the same viewer transaction as the page, so
 * a participant's rows come without their scan, as from the scan loader.
 *
 * The read is audited in the same statement (listAuditSql, its parameters after the page's
 * `paramCount`), under the audit log's row-level security like any insert of the app.
 */
const listWithRelations = (idsSql: string, orderSql: string, paramCount: number) => {
  return `
  WITH page AS (${idsSql}),
  audited AS (${listAuditSql('recommendation', 'page', paramCount)})
  SELECT r.total, r.id, r.region_id AS "regionId", r.municipality_id AS "municipalityId", r.scan_id AS "scanId",
         r.reference, r.title, r.body, r.facet_id AS "facetId", r.priority, r.status, r.status_reason AS "statusReason",
         r.status_changed_at AS "statusChangedAt", r.owner_user_id AS "ownerUserId",
         to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", r.version, r.created_at AS "createdAt",
         f.name AS "facetName", f.description AS "facetDescription", f.position AS "facetPosition",
         f.active AS "facetActive", f.version AS "facetVersion",
         m.cbs_code AS "municipalityCode", m.name AS "municipalityName", u.name AS "ownerName",
         to_char(s.scan_date, 'YYYY-MM-DD') AS "scanDate", th.themes
    FROM page r
    JOIN facets f ON f.id = r.facet_id
    JOIN municipalities m ON m.id = r.municipality_id
    LEFT JOIN users u ON u.id = r.owner_user_id
    LEFT JOIN scans s ON s.id = r.scan_id
   CROSS JOIN LATERAL (
         SELECT coalesce(json_agg(json_build_object('id', t.id, 'title', t.title) ORDER BY lower(t.title)), '[]') AS themes
           FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
          WHERE rt.recommendation_id = r.id) th
   ORDER BY ${orderSql}`;
};

function relationsOf(rows: ListRow[]): RecommendationRelations {
  return {
    facets: rows.map((row) => ({
      id: row.facetId,
      name: row.facetName,
      description: row.facetDescription,
      position: row.facetPosition,
      active: row.facetActive,
      version: row.facetVersion,
    })),
    municipalities: rows.map((row) => ({
      id: row.municipalityId,
      code: row.municipalityCode,
      name: row.municipalityName,
    })),
    owners: rows.flatMap((row) =>
      row.ownerUserId && row.ownerName !== null ? [{ id: row.ownerUserId, name: row.ownerName }] : [],
    ),
    scans: rows.map((row) => [row.scanId, row.scanDate === null ? null : { id: row.scanId, scanDate: row.scanDate }]),
    themes: rows.map((row) => [row.id, row.themes]),
  };
}

export class RecommendationService {
  constructor(
    private readonly db: DataSource,
    private readonly scans: ScanService,
  ) {}

  /**
   * One page of the recommendations the viewer may see, its total, and the relations every list
   * shows (facet, municipality, owner, themes), in one statement inside the viewer transaction:
   * the scope, filters and order pick the page's ids and count them over a narrow window; the
   * page's rows and relations are joined to those ids only, and the read is audited in the same
   * statement. The scan comes along too (a short join), so a list that shows it needs no second
   * viewer transaction either.
   */
  async list(
    acting: Acting,
    filter: RecommendationFilter,
    sort: RecommendationSort,
    page: PageInput,
  ): Promise<{ page: RecommendationPage; related: RecommendationRelations }> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_READ, async ({ tx, scope: scopeOf }) => {
      const scope = scopeOf('r', { user: 'owner_user_id' });
      const today = todayInAmsterdam();
      const filtered = () =>
        applyRecommendationFilter(
          tx.getRepository(RecommendationEntity).createQueryBuilder('r').where(scope.sql, scope.params),
          filter,
          today,
        );
      const picked = orderRecommendations(filtered(), sort).select('r.id', 'id');
      for (const column of PAGE_COLUMNS) {
        picked.addSelect(`r.${column}`, column);
      }
      const ids = picked.addSelect('COUNT(*) OVER ()', 'total').offset(page.offset).limit(page.limit);
      const [idsSql, params]: [string, unknown[]] = ids.getQueryAndParameters();
      const { viewer, requestId } = acting;
      const rows = await tx.query<ListRow[]>(listWithRelations(idsSql, recommendationOrderSql(sort), params.length), [
        ...params,
        ...listAuditParams(viewer, requestId),
      ]);
      const total = await totalOf(rows[0]?.total, page, () => filtered().getCount());
      return { page: { items: rows.map(toRecommendation(viewer, today)), total }, related: relationsOf(rows) };
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

  /** Only the version the viewer confirmed: a recommendation someone changed meanwhile is not deleted unseen. */
  async delete(acting: Acting, id: string, expectedVersion: number): Promise<void> {
    await runConfidential(this.db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
      const rec = await this.findVisible(tx, acting, id, Permission.RECOMMENDATION_EDIT_CONTENT, true);
      checkVersion(rec, expectedVersion, 'recommendation');
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
