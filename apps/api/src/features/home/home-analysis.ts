import type { EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Viewer } from '../../access/viewer';
import type { AuditEntry } from '../audit/audit.service';
import { named, paramsOf } from './home-sql';
import type { HomeAnalysis, HomeMunicipalityScan } from './home.types';

/** A municipality's latest scan older than this many years asks for a re-scan. */
export const SCAN_STALE_YEARS = 3;

/**
 * The RIEC's agenda in two statements under SCAN_WRITE and RECOMMENDATION_EDIT_CONTENT (the
 * analysts' region): municipalities with no scan, an old one, or recommendations without a
 * theme; and the latest published snapshot with what was recorded since. Returns one LIST audit
 * entry per municipality whose scans or recommendations it read.
 */
export async function analysisItems(
  tx: EntityManager,
  viewer: Viewer,
): Promise<{ analysis: HomeAnalysis | null; audit: AuditEntry[] }> {
  const scans = scopeSql(viewer, Permission.SCAN_WRITE, 'sc');
  const recs = scopeSql(viewer, Permission.RECOMMENDATION_EDIT_CONTENT, 'r');
  if (!can(viewer, Permission.SCAN_WRITE) || !can(viewer, Permission.RECOMMENDATION_EDIT_CONTENT)) {
    return { analysis: null, audit: [] };
  }
  const municipalities = await named<(HomeMunicipalityScan & { read: boolean })[]>(
    tx,
    `WITH latest AS (
       SELECT sc.municipality_id, max(sc.scan_date) AS last FROM scans sc WHERE ${scans.sql} GROUP BY sc.municipality_id),
     unlinked AS (
       SELECT r.municipality_id, count(*)::int AS n FROM recommendations r
        WHERE ${recs.sql} AND NOT EXISTS (SELECT 1 FROM recommendation_themes rt WHERE rt.recommendation_id = r.id)
        GROUP BY r.municipality_id),
     rows AS (
       SELECT m.id AS "municipalityId", m.name, to_char(l.last, 'YYYY-MM-DD') AS "lastScanDate",
              (l.last IS NULL OR l.last < (now() AT TIME ZONE 'Europe/Amsterdam')::date - make_interval(years => :years))
                AS "scanMissingOrOld",
              coalesce(u.n, 0) AS "withoutTheme", l.last IS NOT NULL AS read
         FROM municipalities m
         LEFT JOIN latest l ON l.municipality_id = m.id
         LEFT JOIN unlinked u ON u.municipality_id = m.id
        WHERE m.region_id = :regionId)
     SELECT * FROM rows WHERE "scanMissingOrOld" OR "withoutTheme" > 0
      ORDER BY "scanMissingOrOld" DESC, "lastScanDate" NULLS FIRST, lower(name), "municipalityId"`,
    { ...paramsOf(scans, recs), years: SCAN_STALE_YEARS, regionId: viewer.regionId },
  );
  const [snapshot] = await named<
    { snapshotId: string | null; snapshotAt: Date | null; scansSince: number; recommendationsSince: number }[]
  >(
    tx,
    `WITH last AS (
       SELECT id, published_at FROM picture_snapshots WHERE region_id = :regionId
        ORDER BY published_at DESC, id DESC LIMIT 1)
     SELECT (SELECT id FROM last) AS "snapshotId", (SELECT published_at FROM last) AS "snapshotAt",
            (SELECT count(*)::int FROM scans sc
              WHERE ${scans.sql} AND sc.created_at > coalesce((SELECT published_at FROM last), '-infinity')) AS "scansSince",
            (SELECT count(*)::int FROM recommendations r
              WHERE ${recs.sql} AND r.created_at > coalesce((SELECT published_at FROM last), '-infinity'))
              AS "recommendationsSince"`,
    { ...paramsOf(scans, recs), regionId: viewer.regionId },
  );
  return {
    analysis: {
      staleAfterYears: SCAN_STALE_YEARS,
      municipalities: municipalities.map(({ read: _read, ...row }) => row),
      lastSnapshotId: snapshot?.snapshotId ?? null,
      lastSnapshotAt: snapshot?.snapshotAt ?? null,
      scansSinceSnapshot: snapshot?.scansSince ?? 0,
      recommendationsSinceSnapshot: snapshot?.recommendationsSince ?? 0,
    },
    audit: municipalities
      .filter((row) => row.read || row.withoutTheme > 0)
      .map((row) => ({
        municipalityId: row.municipalityId,
        action: 'LIST' as const,
        entity: 'scan' as const,
        details: { withoutTheme: row.withoutTheme },
      })),
  };
}
