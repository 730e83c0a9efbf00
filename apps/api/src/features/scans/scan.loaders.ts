import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';

/** Per-request loaders for scan lists; confidential, so they run in the viewer's transaction. */
export function createScanLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    recommendationCountOfScan: new DataLoader<string, number>(async (ids) => {
      if (!viewer) {
        return ids.map(() => 0);
      }
      const rows = await inViewerTransaction<{ scan_id: string; count: number }[]>(db, viewer, (tx) =>
        tx.query(
          'SELECT scan_id, count(*)::int AS count FROM recommendations WHERE scan_id = ANY($1) GROUP BY scan_id',
          [ids],
        ),
      );
      const counts = new Map(rows.map((r) => [r.scan_id, r.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
