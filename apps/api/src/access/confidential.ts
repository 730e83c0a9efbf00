import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit, type AuditEntry } from '../features/audit/audit.service';
import { ForbiddenError, NotFoundError } from '../common/errors';
import type { Permission } from './permissions';
import { can } from './policy';
import { scopeSql, type ScopeColumns, type SqlFilter } from './scope';
import { inViewerTransaction } from './viewer-transaction';
import type { Acting } from './viewer';

/** What a confidential operation works with: the viewer's transaction, its scope and its audit trail. */
export interface ConfidentialWork {
  tx: EntityManager;
  acting: Acting;
  /** The WHERE fragment for `alias` under the operation's permission. */
  scope: (alias: string, columns?: ScopeColumns) => SqlFilter;
  /** Appends audit entries in the same transaction as the work. */
  audit: (entries: AuditEntry[]) => Promise<void>;
}

/**
 * The one way to run an operation on confidential data: refuses a viewer without the permission,
 * then runs `work` in the viewer's transaction (row-level security on), with the scope filter of
 * that permission and the audit log at hand, so reading or changing confidential rows without a
 * scope or without an audit entry takes deliberate effort.
 */
export async function runConfidential<T>(
  db: DataSource,
  acting: Acting,
  permission: Permission,
  work: (w: ConfidentialWork) => Promise<T>,
): Promise<T> {
  if (!can(acting.viewer, permission)) {
    throw new ForbiddenError();
  }
  try {
    return await inViewerTransaction(db, acting.viewer, (tx) =>
      work({
        tx,
        acting,
        scope: (alias, columns) => scopeSql(acting.viewer, permission, alias, columns),
        audit: (entries) => recordAudit(tx, acting.viewer, acting.requestId, entries),
      }),
    );
  } catch (error) {
    if (error instanceof NotFoundError && error.deniedConfidential) {
      await recordDeniedAttempt(db, acting, error.deniedConfidential);
    }
    throw error;
  }
}

/**
 * Someone asked for a confidential record by an id the scope did not reach. The answer stays
 * NOT_FOUND either way; after the failed transaction rolled back, PostgreSQL (`rd_audit_denied`,
 * SECURITY DEFINER) looks up which municipality owns the id, which the viewer's own row-level
 * security hides, and tells that municipality's audit log. Nothing comes back to the caller.
 */
async function recordDeniedAttempt(
  db: DataSource,
  acting: Acting,
  denied: NonNullable<NotFoundError['deniedConfidential']>,
): Promise<void> {
  await inViewerTransaction(db, acting.viewer, (tx) =>
    tx.query('SELECT rd_audit_denied($1, $2::uuid, $3)', [denied.entity, denied.id, acting.requestId]),
  );
}
