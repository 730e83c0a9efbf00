import { describe, expect, it } from 'vitest';
import { byPosition, moveFacet } from './facetOrder';

const FACETS = [
  { id: 'c', name: 'C', position: 3 },
  { id: 'a', name: 'A', position: 1 },
  { id: 'b', name: 'B', position: 2 },
];

describe('facet order', () => {
  it('shows facets by position', () => {
    expect(byPosition(FACETS).map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('swaps a facet with its neighbour and refuses to move past either end', () => {
    const ordered = byPosition(FACETS);
    expect(moveFacet(ordered, 'b', -1)?.map((f) => f.id)).toEqual(['b', 'a', 'c']);
    expect(moveFacet(ordered, 'b', 1)?.map((f) => f.id)).toEqual(['a', 'c', 'b']);
    expect(moveFacet(ordered, 'a', -1)).toBeNull();
    expect(moveFacet(ordered, 'c', 1)).toBeNull();
    expect(moveFacet(ordered, 'x', 1)).toBeNull();
  });
});
