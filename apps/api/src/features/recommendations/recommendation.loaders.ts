import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import type { Loaders } from '../../loaders';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { Facet } from '../facets/facet.types';
import type { Municipality } from '../regions/region.types';
import type { Person, ScanRef, ThemeRef } from './recommendation.types';

function grouped<T>(ids: readonly string[], rows: (T & { key: string })[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const { key, ...row } of rows) {
    groups.get(key)?.push(row as unknown as T);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

function single<T>(ids: readonly string[], rows: (T & { key: string })[]): (T | null)[] {
  const map = new Map(rows.map(({ key, ...row }) => [key, row as unknown as T]));
  return ids.map((id) => map.get(id) ?? null);
}

/**
 * Per-request loaders for what a recommendation list resolves per row. The confidential ones run
 * in a viewer transaction, so row-level security applies to them like to the list itself.
 */
export function createRecommendationLoaders(db: DataSource, viewer: Viewer | null) {
  const confidential = <T>(work: (query: (sql: string, params: unknown[]) => Promise<T[]>) => Promise<T[]>) =>
    viewer
      ? inViewerTransaction(db, viewer, (tx) => work((sql, params) => tx.query(sql, params)))
      : Promise.resolve([]);

  return {
    themesOfRecommendation: new DataLoader<string, ThemeRef[]>(async (ids) =>
      grouped(
        ids,
        await confidential<ThemeRef & { key: string }>((query) =>
          query(
            `SELECT rt.recommendation_id AS key, t.id, t.title
               FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
              WHERE rt.recommendation_id = ANY($1) ORDER BY lower(t.title)`,
            [ids],
          ),
        ),
      ),
    ),
    scanRef: new DataLoader<string, ScanRef | null>(async (ids) =>
      single(
        ids,
        await confidential<ScanRef & { key: string }>((query) =>
          query(`SELECT id AS key, id, to_char(scan_date, 'YYYY-MM-DD') AS "scanDate" FROM scans WHERE id = ANY($1)`, [
            ids,
          ]),
        ),
      ),
    ),
    person: new DataLoader<string, Person | null>(async (ids) =>
      single(
        ids,
        await db.query<
          (Person & {
            key: string;
          })[]
        >('SELECT id AS key, id, name FROM users WHERE id = ANY($1)', [ids]),
      ),
    ),
  };
}

/** What a list fetched with its rows: the relations every list shows, for this request's loaders. */
export interface RecommendationRelations {
  facets: Facet[];
  municipalities: Municipality[];
  owners: Person[];
  /** Per scan id, the scan as the viewer may see it (null: hidden by row-level security). */
  scans: [scanId: string, scan: ScanRef | null][];
  /** Per recommendation id, its theme links (read in the list's viewer transaction). */
  themes: [recommendationId: string, themes: ThemeRef[]][];
}

/**
 * Primes the request's loaders with what the list already fetched, so resolving a row's facet,
 * municipality, owner, scan and themes runs no statement (and opens no second viewer
 * transaction). Relations the list does not fetch (the timeline, learning links) stay with their
 * loaders.
 */
export function primeRecommendationRelations(
  loaders: Pick<Loaders, 'facet' | 'municipality' | 'person' | 'scanRef' | 'themesOfRecommendation'>,
  related: RecommendationRelations,
): void {
  for (const facet of related.facets) {
    loaders.facet.prime(facet.id, facet);
  }
  for (const municipality of related.municipalities) {
    loaders.municipality.prime(municipality.id, municipality);
  }
  for (const owner of related.owners) {
    loaders.person.prime(owner.id, owner);
  }
  for (const [scanId, scan] of related.scans) {
    loaders.scanRef.prime(scanId, scan);
  }
  for (const [recommendationId, themes] of related.themes) {
    loaders.themesOfRecommendation.prime(recommendationId, themes);
  }
}
