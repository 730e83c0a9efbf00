import type { DataSource, EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { canOn } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import type { PageInput } from '../../common/paging';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { AuditEntry as AuditItem, AuditPage } from './audit.types';

export type AuditAction =
  'READ' | 'LIST' | 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | 'LINK' | 'UNLINK' | 'STATUS' | 'DOWNLOAD' | 'DENIED';
export type AuditEntity =
  | 'scan'
  | 'recommendation'
  | 'recommendation_theme'
  | 'recommendation_attachment'
  | 'recommendation_learning_link'
  | 'follow_up_progress'
  | 'peer_enrolment'
  | 'peer_group'
  | 'peer_group_log';

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
export async function recordAudit(
  tx: EntityManager,
  viewer: Viewer,
  requestId: string,
  entries: AuditEntry[],
): Promise<void> {
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

/**
 * A record that belongs to several municipalities (membership scope) is their business alike:
 * one entry in each member's log.
 */
export function memberAuditEntries(
  municipalityIds: readonly string[],
  entry: Omit<AuditEntry, 'municipalityId'>,
): AuditEntry[] {
  return [...new Set(municipalityIds)].map((municipalityId) => ({ ...entry, municipalityId }));
}

/** Per municipality in a result, one LIST entry: "who looked at our data" without one row per record. */
export function listAuditEntries(
  entity: 'scan' | 'recommendation' | 'peer_enrolment',
  rows: { municipalityId: string }[],
): AuditEntry[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    counts.set(row.municipalityId, (counts.get(row.municipalityId) ?? 0) + 1);
  }
  return [...counts].map(([municipalityId, count]) => ({
    municipalityId,
    action: 'LIST',
    entity,
    details: { count },
  }));
}

interface AuditRow {
  id: string;
  at: Date;
  actor_name: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  count: number | null;
  request_id: string | null;
  total: number;
}

/** "Who looked at our data": the audit log of the viewer's own municipality, newest first. */
export async function listAudit(db: DataSource, viewer: Viewer, page: PageInput): Promise<AuditPage> {
  const municipalityId = viewer.municipalityId;
  if (!municipalityId || !canOn(viewer, Permission.AUDIT_READ, { regionId: viewer.regionId, municipalityId })) {
    return { items: [], total: 0 };
  }
  const rows = await inViewerTransaction(db, viewer, (tx) =>
    tx.query<Promise<AuditRow[]>>(
      // A denied attempt comes from outside the municipality's access: who it was stays with the RIEC.
      `SELECT a.id::text, a.at,
              CASE WHEN a.action = 'DENIED' THEN NULL ELSE u.name END AS actor_name,
              CASE WHEN a.action = 'DENIED' THEN NULL ELSE u.email END AS actor_email,
              CASE WHEN a.action = 'DENIED' THEN NULL ELSE a.actor_role END AS actor_role,
              a.action, a.entity, a.entity_id,
              (a.details->>'count')::int AS count, a.request_id, count(*) OVER ()::int AS total
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
        WHERE a.region_id = $1 AND a.municipality_id = $2
        ORDER BY a.at DESC, a.id DESC
        OFFSET $3 LIMIT $4`,
      [viewer.regionId, municipalityId, page.offset, page.limit],
    ),
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorName: r.actor_name,
      actorEmail: r.actor_email,
      actorRole: r.actor_role as AuditItem['actorRole'],
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      count: r.count,
      requestId: r.request_id,
    })),
  };
}
