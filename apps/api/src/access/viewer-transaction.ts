import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from './viewer';

/**
 * Runs `work` in a transaction that carries the viewer's session secret in a transaction-local
 * setting. The row-level-security policies never trust a role or municipality handed to them:
 * they look the viewer up from that secret with the SECURITY DEFINER function `rd_viewer()`
 * (migration AccessLayer), so a query that sets `app.role` by hand gains nothing. Local
 * (`is_local = true`) so nothing leaks to the next user of the pooled connection. Every query on
 * confidential tables must use the `tx` given here.
 */
export async function inViewerTransaction<T>(
  db: DataSource,
  viewer: Viewer,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('app.session_token', $1, true)`, [viewer.sessionToken]);
    return work(tx);
  });
}
