import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { toHoldBack, toScanConsent, type ConsentRow, type HoldBackRow } from './consent.rows';
import type { RecommendationHoldBack, ScanConsent } from './consent.types';

/**
 * Per request: the consent of the scans and the hold-backs of the recommendations a request resolves,
 * one query each. Confidential under an already scoped parent: row-level security decides, and a
 * viewer without CONSENT_READ gets nothing (null) without a query.
 */
export function createConsentLoaders(db: DataSource, viewer: Viewer | null) {
  const reads = viewer !== null && can(viewer, Permission.CONSENT_READ);
  const inViewer = <T>(sql: string, ids: readonly string[]): Promise<T[]> =>
    viewer && reads ? inViewerTransaction(db, viewer, (tx) => tx.query<T[]>(sql, [ids])) : Promise.resolve([]);
  return {
    scanConsent: new DataLoader<string, ScanConsent | null>(async (ids) => {
      if (!viewer || !reads) {
        return ids.map(() => null);
      }
      const rows = await inViewer<ConsentRow>(
        `SELECT s.id AS scan_id, s.municipality_id, c.status, c.basis, to_char(c.decision_date, 'YYYY-MM-DD') AS decision_date,
                c.reference, u.id AS decided_by_id, u.name AS decided_by_name, c.decided_at, c.version
           FROM scans s
           LEFT JOIN scan_consents c ON c.scan_id = s.id
           LEFT JOIN users u ON u.id = c.decided_by
          WHERE s.id = ANY($1)`,
        ids,
      );
      const byScan = new Map(rows.map((r) => [r.scan_id, toScanConsent(viewer, r)]));
      return ids.map((id) => byScan.get(id) ?? null);
    }),
    recommendationHoldBack: new DataLoader<string, RecommendationHoldBack | null>(async (ids) => {
      const rows = await inViewer<HoldBackRow>(
        `SELECT h.recommendation_id, h.held_back_at, u.id AS held_back_by_id, u.name AS held_back_by_name
           FROM recommendation_holdbacks h LEFT JOIN users u ON u.id = h.held_back_by
          WHERE h.recommendation_id = ANY($1)`,
        ids,
      );
      const byRecommendation = new Map(rows.map((r) => [r.recommendation_id, toHoldBack(r)]));
      return ids.map((id) => byRecommendation.get(id) ?? null);
    }),
  };
}
