import type { DataSource, EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { canOn } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import type { PageInput } from '../../common/paging';
import { BadInputError } from '../../common/errors';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { AUDIT_COUNT_CAP, type AuditAction, type AuditEntity } from './audit-vocabulary';
import type { AuditActor, AuditEntry as AuditItem, AuditFilterInput, AuditPage, AuditPageInput } from './audit.types';

export type { AuditAction, AuditEntity } from './audit-vocabulary';

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

/**
 * listAuditEntries written by the statement that reads the rows: the INSERT of a data-modifying
 * CTE over `source` (a CTE with a `municipality_id` column), one LIST entry per municipality with
 * its count. The viewer's parameters (listAuditParams) follow the statement's first `offset` ones.
 */
export function listAuditSql(entity: 'recommendation', source: string, offset: number): string {
  const [user, request, region, role, municipality] = [1, 2, 3, 4, 5].map((i) => `$${offset + i}`);
  return `INSERT INTO audit_log (municipality_id, action, entity, entity_id, details, actor_user_id, request_id,
                           region_id, actor_role, actor_municipality_id)
    SELECT municipality_id, 'LIST', '${entity}', NULL, jsonb_build_object('count', count(*)), ${user}::uuid,
           ${request}, ${region}::uuid, ${role}, nullif(${municipality}, '')::uuid
      FROM ${source} GROUP BY municipality_id`;
}

/** The parameters listAuditSql refers to, in its order. */
export function listAuditParams(viewer: Viewer, requestId: string): unknown[] {
  return [viewer.userId, requestId, viewer.regionId, viewer.role, viewer.municipalityId ?? ''];
}

interface AuditRow {
  id: string | null;
  at: Date;
  at_key: string;
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

/** A cursor is the (at, id) of an entry: `at` as UTC text with microseconds, which a JS Date would round. */
const CURSOR = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)\|(\d{1,18})$/;

export function encodeCursor(atKey: string, id: string): string {
  return Buffer.from(`${atKey}|${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, field: string): { at: string; id: string } {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw new BadInputError('The page cursor is not valid.', [{ field, reason: 'INVALID_CURSOR' }], 'INVALID_CURSOR');
  }
  return { at: match[1]!, id: match[2]! };
}

/**
 * The filter as SQL conditions on `audit_log a`. Filtering on a person never matches DENIED entries:
 * who tried from outside stays with the RIEC, also when a coordinator guesses an id.
 */
function filterSql(filter: AuditFilterInput, params: unknown[]): string[] {
  const add = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (filter.actorUserId) {
    where.push(`a.actor_user_id = ${add(filter.actorUserId)}::uuid AND a.action <> 'DENIED'`);
  }
  if (filter.outsideOnly) {
    where.push(`a.action = 'DENIED'`);
  }
  if (filter.action) {
    where.push(`a.action = ${add(filter.action)}`);
  }
  if (filter.entity) {
    where.push(`a.entity = ${add(filter.entity)}`);
  }
  if (filter.entityId) {
    where.push(`a.entity_id = ${add(filter.entityId)}::uuid`);
  }
  if (filter.from) {
    where.push(`a.at >= ${add(filter.from)}::timestamptz`);
  }
  if (filter.until) {
    where.push(`a.at < ${add(filter.until)}::timestamptz`);
  }
  return where;
}

/**
 * "Who looked at our data": the audit log of the viewer's own municipality, newest first, filtered,
 * one keyset page and its (capped) total in one statement. Keyset on (at, id) keeps a deep page as fast
 * as the first and never repeats or skips an entry while new ones arrive at the top.
 */
export async function listAudit(
  db: DataSource,
  viewer: Viewer,
  filter: AuditFilterInput,
  paging: AuditPageInput,
  legacyPage: PageInput | null,
): Promise<AuditPage> {
  const municipalityId = viewer.municipalityId;
  const empty = { items: [], total: 0, totalCapped: false, olderCursor: null, newerCursor: null };
  if (!municipalityId || !canOn(viewer, Permission.AUDIT_READ, { regionId: viewer.regionId, municipalityId })) {
    return empty;
  }
  if (paging.after && paging.before) {
    throw new BadInputError(
      'Give at most one of after and before.',
      [{ field: 'page.before', reason: 'INVALID_CURSOR' }],
      'INVALID_CURSOR',
    );
  }
  const after = paging.after ? decodeCursor(paging.after, 'page.after') : null;
  const before = paging.before ? decodeCursor(paging.before, 'page.before') : null;
  const params: unknown[] = [viewer.regionId, municipalityId];
  const scope = ['a.region_id = $1', 'a.municipality_id = $2', ...filterSql(filter, params)].join(' AND ');
  const pageWhere = [scope];
  // Row comparison on (at, id): the index (municipality_id, at DESC, id DESC) serves it in either direction.
  if (after) {
    pageWhere.push(
      `(a.at, a.id) < ($${params.push(after.at)}::timestamp AT TIME ZONE 'UTC', $${params.push(after.id)}::bigint)`,
    );
  }
  if (before) {
    pageWhere.push(
      `(a.at, a.id) > ($${params.push(before.at)}::timestamp AT TIME ZONE 'UTC', $${params.push(before.id)}::bigint)`,
    );
  }
  const limit = legacyPage ? legacyPage.limit : paging.first;
  const direction = before ? 'ASC' : 'DESC';
  const offset = legacyPage && !after && !before ? ` OFFSET $${params.push(legacyPage.offset)}` : '';
  const limitParam = `$${params.push(limit + 1)}`;
  const capParam = `$${params.push(AUDIT_COUNT_CAP + 1)}`;
  const rows = await inViewerTransaction(db, viewer, (tx) =>
    tx.query<AuditRow[]>(
      // A denied attempt comes from outside the municipality's access: who it was stays with the RIEC.
      `WITH page AS (
         SELECT a.id, a.at, a.actor_user_id, a.actor_role, a.action, a.entity, a.entity_id, a.details, a.request_id
           FROM audit_log a
          WHERE ${pageWhere.join(' AND ')}
          ORDER BY a.at ${direction}, a.id ${direction}
          LIMIT ${limitParam}${offset}
       ), counted AS (
         SELECT count(*)::int AS total FROM (SELECT 1 FROM audit_log a WHERE ${scope} LIMIT ${capParam}) c
       )
       SELECT p.id::text, p.at, (p.at AT TIME ZONE 'UTC')::text AS at_key,
              CASE WHEN p.action = 'DENIED' THEN NULL ELSE u.name END AS actor_name,
              CASE WHEN p.action = 'DENIED' THEN NULL ELSE u.email END AS actor_email,
              CASE WHEN p.action = 'DENIED' THEN NULL ELSE p.actor_role END AS actor_role,
              p.action, p.entity, p.entity_id,
              (p.details->>'count')::int AS count, p.request_id, counted.total
         FROM counted
         LEFT JOIN page p ON true
         LEFT JOIN users u ON u.id = p.actor_user_id
        ORDER BY p.at ${direction}, p.id ${direction}`,
      params,
    ),
  );
  const total = rows[0]?.total ?? 0;
  const found = rows.filter((r): r is AuditRow & { id: string } => r.id !== null);
  const more = found.length > limit;
  const pageRows = found.slice(0, limit);
  if (before) {
    pageRows.reverse();
  }
  const first = pageRows[0];
  const last = pageRows[pageRows.length - 1];
  const cursorOf = (row: AuditRow & { id: string }) => encodeCursor(row.at_key, row.id);
  return {
    total: Math.min(total, AUDIT_COUNT_CAP),
    totalCapped: total > AUDIT_COUNT_CAP,
    // Going back (before) we know whether newer entries exist; going forward we came from them.
    newerCursor: first && (before ? more : after !== null) ? cursorOf(first) : null,
    olderCursor: last && (before ? true : more) ? cursorOf(last) : null,
    items: pageRows.map((r) => ({
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

/** The people named in the municipality's log, for the "who" filter: DENIED attempts name nobody. */
export async function listAuditActors(db: DataSource, viewer: Viewer): Promise<AuditActor[]> {
  const municipalityId = viewer.municipalityId;
  if (!municipalityId || !canOn(viewer, Permission.AUDIT_READ, { regionId: viewer.regionId, municipalityId })) {
    return [];
  }
  return inViewerTransaction(db, viewer, (tx) =>
    tx.query<AuditActor[]>(
      // One probe of the (municipality_id, actor_user_id, ...) index per user rather than a scan of the log.
      `SELECT u.id::text, u.name, u.email
         FROM users u
        WHERE EXISTS (SELECT 1 FROM audit_log a
                       WHERE a.region_id = $1 AND a.municipality_id = $2
                         AND a.actor_user_id = u.id AND a.action <> 'DENIED')
        ORDER BY u.name, u.email`,
      [viewer.regionId, municipalityId],
    ),
  );
}
