import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry } from '../features/audit/audit.service';

/** What a background job may read confidential data for; each purpose has its own policies (migration AccessLayer). */
export type SystemPurpose = 'follow-up-reminders' | 'peer-groups';

const TOKEN_DAYS = 30;

/** A connection as the owner (a DataSource, or graphile-worker's pool): only statements, no results needed. */
export interface OwnerConnection {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The one system path to confidential rows: for jobs that act for nobody in particular (reminders
 * about due follow-up). The process registers a random token under a purpose with the owner
 * connection; jobs run `inTransaction` on the application pool, whose policies recognise that
 * purpose and nothing more. Row-level security stays on, and every read is audited as SYSTEM.
 */
export class SystemAccess {
  private constructor(
    private readonly token: string,
    readonly purpose: SystemPurpose,
  ) {}

  /** Registers a fresh token (and drops expired ones); `owner` is a connection that may write `system_tokens`. */
  static async register(owner: OwnerConnection, purpose: SystemPurpose): Promise<SystemAccess> {
    const token = randomBytes(32).toString('base64url');
    await owner.query('DELETE FROM system_tokens WHERE expires_at < now()');
    await owner.query(
      `INSERT INTO system_tokens (token_hash, purpose, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
      [createHash('sha256').update(token).digest('hex'), purpose, TOKEN_DAYS],
    );
    return new SystemAccess(token, purpose);
  }

  async inTransaction<T>(
    db: DataSource,
    work: (w: { tx: EntityManager; audit: (entries: AuditEntry[]) => Promise<void> }) => Promise<T>,
  ): Promise<T> {
    return db.transaction(async (tx) => {
      await tx.query(`SELECT set_config('app.system_token', $1, true)`, [this.token]);
      return work({ tx, audit: (entries) => recordSystemAudit(tx, this.purpose, entries) });
    });
  }
}

async function recordSystemAudit(tx: EntityManager, purpose: SystemPurpose, entries: AuditEntry[]): Promise<void> {
  for (const entry of entries) {
    await tx.query(
      `INSERT INTO audit_log (region_id, municipality_id, actor_user_id, actor_role, action, entity, entity_id, request_id, details)
       SELECT region_id, id, NULL, 'SYSTEM', $2, $3, $4::uuid, $5, $6::jsonb FROM municipalities WHERE id = $1`,
      [
        entry.municipalityId,
        entry.action,
        entry.entity,
        entry.entityId ?? null,
        `system:${purpose}`,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }
}
