import { type Permission, reachOf } from './permissions';
import type { Viewer } from './viewer';

export interface SqlFilter {
  sql: string;
  params: Record<string, unknown>;
}

/** A filter's named (`:name`) parameters as positional ones (`$n`), numbered after `offset` existing ones, for hand-written SQL. */
export function positional(filter: SqlFilter, offset: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = filter.sql.replace(/:(\w+)/g, (_, name: string) => {
    params.push(filter.params[name]);
    return `$${offset + params.length}`;
  });
  return { sql, params };
}

/** The columns that place a row: defaults `region_id` and `municipality_id`. */
export interface ScopeColumns {
  region?: string;
  municipality?: string;
  /** Needed for permissions that reach `assigned` or `self` records: the owner or user column. */
  user?: string;
  /**
   * For records that belong to a set of municipalities (a peer group's shared log belongs to every
   * member): the table listing them, joined on `record` = the row's `id`, with a `municipality_id`.
   * Replaces the row's own municipality column.
   */
  members?: { table: string; record: string };
}

const NOTHING: SqlFilter = { sql: 'FALSE', params: {} };

/**
 * The WHERE fragment that limits rows of `alias` to what `permission` reaches for the viewer, so
 * lists, counts, search and sort orders only ever see allowed rows (filter in SQL, never after
 * loading). Never empty: a viewer without the permission gets FALSE. A permission that reaches
 * assigned or own records without a user column refuses to run rather than run unscoped.
 */
export function scopeSql(viewer: Viewer, permission: Permission, alias: string, columns: ScopeColumns = {}): SqlFilter {
  const region = `${alias}.${columns.region ?? 'region_id'}`;
  const municipality = `${alias}.${columns.municipality ?? 'municipality_id'}`;
  const reach = reachOf(viewer.role, permission);
  switch (reach) {
    case null:
      return NOTHING;
    case 'platform':
      return { sql: 'TRUE', params: {} };
    case 'region':
      return { sql: `${region} = :scopeRegionId`, params: { scopeRegionId: viewer.regionId } };
    case 'municipality':
      if (!viewer.municipalityId) {
        return NOTHING;
      }
      if (columns.members) {
        return {
          sql: `${region} = :scopeRegionId AND EXISTS (SELECT 1 FROM ${columns.members.table} scope_m
                  WHERE scope_m.${columns.members.record} = ${alias}.id AND scope_m.municipality_id = :scopeMunicipalityId)`,
          params: { scopeRegionId: viewer.regionId, scopeMunicipalityId: viewer.municipalityId },
        };
      }
      return {
        sql: `${region} = :scopeRegionId AND ${municipality} = :scopeMunicipalityId`,
        params: { scopeRegionId: viewer.regionId, scopeMunicipalityId: viewer.municipalityId },
      };
    case 'assigned':
    case 'self': {
      if (!columns.user || columns.members) {
        throw new Error(
          `Scope of ${permission} needs a user column (and no membership): refusing to run an unscoped query.`,
        );
      }
      if (!viewer.municipalityId) {
        return NOTHING;
      }
      return {
        sql: `${region} = :scopeRegionId AND ${municipality} = :scopeMunicipalityId AND ${alias}.${columns.user} = :scopeUserId`,
        params: {
          scopeRegionId: viewer.regionId,
          scopeMunicipalityId: viewer.municipalityId,
          scopeUserId: viewer.userId,
        },
      };
    }
  }
}
