/**
 * The region a query on a region-scoped table (facets, themes, ...) is limited to. Refuses an empty
 * value: TypeORM drops `undefined` from a `where`, so a forgotten scope would otherwise run unscoped.
 */
export function requireRegionId(regionId: string | null | undefined): string {
  if (!regionId) {
    throw new Error('Region scope missing: refusing to run an unscoped query.');
  }
  return regionId;
}
