import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';

export type AuditAction = 'READ' | 'LIST' | 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | 'LINK' | 'UNLINK' | 'STATUS';
export type AuditEntity = 'scan' | 'recommendation' | 'recommendation_theme';

export interface AuditEntry {
  municipalityId: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  /** Identifiers and counts only: never confidential text. */
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log inside the caller's transaction, so a change and its audit entry
 * commit together. The application role may insert and read, never update or delete.
 */
export async function recordAudit(tx: EntityManager, viewer: Viewer, requestId: string, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  const values: unknown[] = [];
  const rows = entries.map((entry, index) => {
    const base = index * 7;
    values.push(
      entry.municipalityId,
      entry.action,
      entry.entity,
      entry.entityId ?? null,
      JSON.stringify(entry.details ?? {}),
      viewer.userId,
      requestId,
    );
    return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}::jsonb, $${base + 6}, $${base + 7})`;
  });
  await tx.query(
    `INSERT INTO audit_log (municipality_id, action, entity, entity_id, details, actor_user_id, request_id,
                            region_id, actor_role, actor_municipality_id)
     SELECT v.municipality_id::uuid, v.action, v.entity, v.entity_id::uuid, v.details, v.actor::uuid, v.request_id,
            $${values.length + 1}::uuid, $${values.length + 2}, nullif($${values.length + 3}, '')::uuid
       FROM (VALUES ${rows.join(', ')}) AS v(municipality_id, action, entity, entity_id, details, actor, request_id)`,
    [...values, viewer.regionId, viewer.role, viewer.municipalityId ?? ''],
  );
}
