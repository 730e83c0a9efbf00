import DataLoader from 'dataloader';
import type { FacetService } from './facet.service';
import type { Facet } from './facet.types';

/** Per-request loader for facets by id (e.g. a recommendation's facet): one query per request. */
export function createFacetLoaders(service: FacetService) {
  return {
    facet: new DataLoader<string, Facet | null>(async (ids) => {
      const rows = new Map((await service.byIds(ids)).map((facet) => [facet.id, facet]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}
