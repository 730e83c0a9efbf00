import DataLoader from 'dataloader';
import type { Municipality, Region } from './region.types';
import type { RegionService } from './region.service';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Per-request loaders: one query per relation per request, whatever the list length. */
export function createRegionLoaders(service: RegionService) {
  return {
    municipality: new DataLoader<string, Municipality | null>(async (ids) =>
      byId(ids, await service.municipalitiesByIds(ids)),
    ),
    region: new DataLoader<string, Region | null>(async (ids) => byId(ids, await service.regionsByIds(ids))),
  };
}
