import type { Viewer } from './viewer';

/**
 * The one answer to "whose confidential data (scans, recommendations, follow-up, their theme
 * links) may this viewer read?" — used by every service that lists or loads such rows, as a SQL
 * filter, and mirrored by the row-level-security policies of migration ConfidentialScans.
 * ADMIN and PROGRAMME_STAFF get nothing, ever.
 */
export type ConfidentialScope =
  | { kind: 'region'; regionId: string }
  | { kind: 'municipality'; regionId: string; municipalityId: string }
  | { kind: 'assigned'; regionId: string; municipalityId: string; userId: string }
  | { kind: 'none' };

export function confidentialScope(viewer: Viewer): ConfidentialScope {
  switch (viewer.role) {
    case 'RIEC_ANALYST':
      return { kind: 'region', regionId: viewer.regionId };
    case 'MUNICIPAL_COORDINATOR':
      return viewer.municipalityId
        ? { kind: 'municipality', regionId: viewer.regionId, municipalityId: viewer.municipalityId }
        : { kind: 'none' };
    case 'PARTICIPANT':
      return viewer.municipalityId
        ? { kind: 'assigned', regionId: viewer.regionId, municipalityId: viewer.municipalityId, userId: viewer.userId }
        : { kind: 'none' };
    case 'ADMIN':
    case 'PROGRAMME_STAFF':
      return { kind: 'none' };
  }
}

export interface SqlFilter {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * A WHERE fragment restricting rows of a table with `region_id` and `municipality_id` columns
 * (and, for `assigned`, an owner column) to the scope. Never empty: "none" yields FALSE.
 */
export function scopeFilter(scope: ConfidentialScope, alias: string, ownerColumn?: string): SqlFilter {
  switch (scope.kind) {
    case 'none':
      return { sql: 'FALSE', params: {} };
    case 'region':
      return { sql: `${alias}.region_id = :scopeRegionId`, params: { scopeRegionId: scope.regionId } };
    case 'municipality':
      return {
        sql: `${alias}.region_id = :scopeRegionId AND ${alias}.municipality_id = :scopeMunicipalityId`,
        params: { scopeRegionId: scope.regionId, scopeMunicipalityId: scope.municipalityId },
      };
    case 'assigned':
      if (!ownerColumn) {
        return { sql: 'FALSE', params: {} };
      }
      return {
        sql: `${alias}.region_id = :scopeRegionId AND ${alias}.municipality_id = :scopeMunicipalityId AND ${alias}.${ownerColumn} = :scopeUserId`,
        params: { scopeRegionId: scope.regionId, scopeMunicipalityId: scope.municipalityId, scopeUserId: scope.userId },
      };
  }
}

/** Analysts record scans and recommendations and link them to themes. */
export const mayEditScanContent = (viewer: Viewer) => viewer.role === 'RIEC_ANALYST';

/** Follow-up (status, owner, due date) is the municipality's own business: its coordinators. */
export const mayChangeFollowUp = (viewer: Viewer, municipalityId: string) =>
  viewer.role === 'MUNICIPAL_COORDINATOR' && viewer.municipalityId === municipalityId;
