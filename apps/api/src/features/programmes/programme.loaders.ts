import DataLoader from 'dataloader';
import type { Programme } from './programme.types';
import type { ProgrammeService } from './programme.service';

/** Per-request loader for programmes by id, scoped to the viewer's region. */
export function createProgrammeLoaders(service: ProgrammeService, regionId: string | null) {
  return {
    programme: new DataLoader<string, Programme | null>(async (ids) => {
      const rows = regionId ? await service.byIds(regionId, ids) : [];
      const byId = new Map(rows.map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
