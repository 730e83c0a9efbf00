import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';

/**
 * Runs `work` in a transaction that carries the viewer in transaction-local settings, which the
 * row-level-security policies read. Local (`is_local = true`) so nothing leaks to the next user
 * of the pooled connection. Every query on confidential tables must use the `tx` given here.
 */
export async function inViewerTransaction<T>(
  db: DataSource,
  viewer: Viewer,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(
      `SELECT set_config('app.user_id', $1, true), set_config('app.role', $2, true),
              set_config('app.region_id', $3, true), set_config('app.municipality_id', $4, true)`,
      [viewer.userId, viewer.role, viewer.regionId, viewer.municipalityId ?? ''],
    );
    return work(tx);
  });
}
