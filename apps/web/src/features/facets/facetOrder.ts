/** Facets in display order; the API's list order is only refreshed on refetch, positions always are. */
export function byPosition<T extends { position: number; name: string }>(facets: readonly T[]): T[] {
  return [...facets].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** The full new order after moving one facet a place up (-1) or down (+1); null at either end. */
export function moveFacet<T extends { id: string }>(ordered: readonly T[], id: string, step: -1 | 1): T[] | null {
  const from = ordered.findIndex((f) => f.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ordered.length) {
    return null;
  }
  const next = [...ordered];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
