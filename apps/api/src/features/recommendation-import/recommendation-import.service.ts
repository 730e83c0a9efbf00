import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import type { AuditEntry } from '../audit/audit.service';
import type { RecommendationService } from '../recommendations/recommendation.service';
import type { ScanEntity } from '../scans/scan.entity';
import type { ScanService } from '../scans/scan.service';
import { ImportRowsError } from './recommendation-import.errors';
import { decodeFile, parseImportFile, type ParsedFile } from './recommendation-import.parser';
import type { ImportFormat, ImportPreview, ImportResult, ImportRowError } from './recommendation-import.types';
import { validateRows, type ImportLookups, type ImportValidation } from './recommendation-import.validator';

const IMPORT_PERMISSION = Permission.RECOMMENDATION_EDIT_CONTENT;

/**
 * Imports a scan's recommendations from a CSV or XLSX file: every row is checked first, and either
 * all rows go in, in one transaction, or none. Both steps are content edits of recommendations, so
 * they run under RECOMMENDATION_EDIT_CONTENT: refused here without it, scoped by it, and a scan
 * outside that scope answers NOT_FOUND with a DENIED entry for its municipality.
 */
export class RecommendationImportService {
  constructor(
    private readonly db: DataSource,
    private readonly scans: ScanService,
    private readonly recommendations: RecommendationService,
  ) {}

  /** What the import would do, with every row's problems; writes nothing but the audit entry. */
  async preview(acting: Acting, scanId: string, format: ImportFormat, contentBase64: string): Promise<ImportPreview> {
    // Parsed before the transaction: no connection is held while a workbook is unpacked.
    const file = await parseImportFile(format, decodeFile(contentBase64));
    return runConfidential(this.db, acting, IMPORT_PERMISSION, async ({ tx, audit }) => {
      const { scan, checked } = await this.check(tx, acting, scanId, file);
      await audit([readEntry(scan, 'IMPORT_PREVIEW')]);
      return { rows: checked.preview, errors: checked.errors, ignoredColumns: file.ignoredColumns };
    });
  }

  async import(acting: Acting, scanId: string, format: ImportFormat, contentBase64: string): Promise<ImportResult> {
    const file = await parseImportFile(format, decodeFile(contentBase64));
    const outcome = await runConfidential(
      this.db,
      acting,
      IMPORT_PERMISSION,
      async ({ tx, audit }): Promise<ImportResult | { errors: ImportRowError[] }> => {
        const { scan, checked } = await this.check(tx, acting, scanId, file, true);
        if (checked.errors.length > 0) {
          // Committed without any recommendation: the check read the scan's references.
          await audit([readEntry(scan, 'IMPORT_REJECTED')]);
          return { errors: checked.errors };
        }
        const created = await this.recommendations.insertMany(
          tx,
          acting,
          scan,
          checked.valid.map((v) => v.input),
        );
        const links = created.flatMap((rec, i) => checked.valid[i]!.themeIds.map((themeId) => ({ rec, themeId })));
        if (links.length > 0) {
          await tx.query(
            `INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
             SELECT x.recommendation_id, x.theme_id, $3, $4 FROM unnest($1::uuid[], $2::uuid[]) AS x(recommendation_id, theme_id)`,
            [links.map((l) => l.rec.id), links.map((l) => l.themeId), scan.regionId, scan.municipalityId],
          );
        }
        await audit([
          ...created
            .map((rec, i) => ({ rec, themes: checked.valid[i]!.themeIds.length }))
            .filter(({ themes }) => themes > 0)
            .map(({ rec, themes }) => ({
              municipalityId: rec.municipalityId,
              action: 'LINK' as const,
              entity: 'recommendation_theme' as const,
              entityId: rec.id,
              details: { themes },
            })),
          {
            municipalityId: scan.municipalityId,
            action: 'IMPORT',
            entity: 'scan',
            entityId: scan.id,
            details: { count: created.length },
          },
        ]);
        return { imported: created.length };
      },
    );
    if ('errors' in outcome) {
      throw new ImportRowsError(outcome.errors);
    }
    return outcome;
  }

  /** NOT_FOUND for a scan the viewer may not see, exactly as for a missing one; then every row checked. */
  private async check(
    tx: EntityManager,
    acting: Acting,
    scanId: string,
    file: ParsedFile,
    forImport = false,
  ): Promise<{ scan: ScanEntity; checked: ImportValidation }> {
    const scan = await this.scans.findVisible(tx, acting.viewer, scanId, IMPORT_PERMISSION);
    if (forImport) {
      // Concurrent imports into one scan take turns, so each sees the other's references.
      await tx.query('SELECT id FROM scans WHERE id = $1 FOR UPDATE', [scan.id]);
    }
    return { scan, checked: validateRows(file.rows, await this.lookups(tx, scan)) };
  }

  private async lookups(tx: EntityManager, scan: ScanEntity): Promise<ImportLookups> {
    const facets = await tx.query<ImportLookups['facets']>('SELECT id, name, active FROM facets WHERE region_id = $1', [
      scan.regionId,
    ]);
    const themes = await tx.query<ImportLookups['themes']>('SELECT id, title FROM themes WHERE region_id = $1', [
      scan.regionId,
    ]);
    const references = await tx.query<{ reference: string }[]>(
      'SELECT reference FROM recommendations WHERE scan_id = $1 AND reference IS NOT NULL',
      [scan.id],
    );
    return { facets, themes, existingReferences: new Set(references.map((r) => r.reference)) };
  }
}

function readEntry(scan: ScanEntity, purpose: string): AuditEntry {
  return {
    municipalityId: scan.municipalityId,
    action: 'READ',
    entity: 'scan',
    entityId: scan.id,
    details: { purpose },
  };
}
