import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { FollowUpStatus } from './recommendation.entity';
import type { Person, ScanRef, StatusChange, ThemeRef } from './recommendation.types';

function grouped<T>(ids: readonly string[], rows: (T & { key: string })[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const { key, ...row } of rows) {
    groups.get(key)?.push(row as unknown as T);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

function single<T>(ids: readonly string[], rows: (T & { key: string })[]): (T | null)[] {
  const map = new Map(rows.map(({ key, ...row }) => [key, row as unknown as T]));
  return ids.map((id) => map.get(id) ?? null);
}

/**
 * Per-request loaders for what a recommendation list resolves per row. The confidential ones run
 * in a viewer transaction, so row-level security applies to them like to the list itself.
 */
export function createRecommendationLoaders(db: DataSource, viewer: Viewer | null) {
  const confidential = <T>(work: (query: (sql: string, params: unknown[]) => Promise<T[]>) => Promise<T[]>) =>
    viewer
      ? inViewerTransaction(db, viewer, (tx) => work((sql, params) => tx.query(sql, params)))
      : Promise.resolve([]);

  return {
    themesOfRecommendation: new DataLoader<string, ThemeRef[]>(async (ids) =>
      grouped(
        ids,
        await confidential<ThemeRef & { key: string }>((query) =>
          query(
            `SELECT rt.recommendation_id AS key, t.id, t.title
               FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
              WHERE rt.recommendation_id = ANY($1) ORDER BY lower(t.title)`,
            [ids],
          ),
        ),
      ),
    ),
    statusHistory: new DataLoader<string, StatusChange[]>(async (ids) => {
      const rows = await confidential<{
        key: string;
        from_status: FollowUpStatus;
        to_status: FollowUpStatus;
        reason: string | null;
        changed_at: Date;
        changed_by_id: string | null;
        changed_by_name: string | null;
      }>((query) =>
        query(
          `SELECT c.recommendation_id AS key, c.from_status, c.to_status, c.reason, c.changed_at,
                  u.id AS changed_by_id, u.name AS changed_by_name
             FROM recommendation_status_changes c LEFT JOIN users u ON u.id = c.changed_by
            WHERE c.recommendation_id = ANY($1) ORDER BY c.changed_at DESC`,
          [ids],
        ),
      );
      return grouped(
        ids,
        rows.map((r) => ({
          key: r.key,
          fromStatus: r.from_status,
          toStatus: r.to_status,
          reason: r.reason,
          changedAt: r.changed_at,
          changedBy: r.changed_by_id ? { id: r.changed_by_id, name: r.changed_by_name ?? '' } : null,
        })),
      );
    }),
    scanRef: new DataLoader<string, ScanRef | null>(async (ids) =>
      single(
        ids,
        await confidential<ScanRef & { key: string }>((query) =>
          query(`SELECT id AS key, id, to_char(scan_date, 'YYYY-MM-DD') AS "scanDate" FROM scans WHERE id = ANY($1)`, [
            ids,
          ]),
        ),
      ),
    ),
    person: new DataLoader<string, Person | null>(async (ids) =>
      single(
        ids,
        await db.query<
          (Person & {
            key: string;
          })[]
        >('SELECT id AS key, id, name FROM users WHERE id = ANY($1)', [ids]),
      ),
    ),
  };
}
