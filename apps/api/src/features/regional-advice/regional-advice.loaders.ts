import DataLoader from 'dataloader';
import type { Viewer } from '../../access/viewer';
import type { RegionalAdviceService } from './regional-advice.service';
import type { RegionalAdvice } from './regional-advice.types';

/** Per request: the advice of every snapshot a list resolves, in one batch (three statements). */
export function createRegionalAdviceLoaders(service: RegionalAdviceService, viewer: Viewer | null) {
  return {
    snapshotAdvice: new DataLoader<string, RegionalAdvice[]>(async (snapshotIds) => {
      if (!viewer) {
        return snapshotIds.map(() => []);
      }
      const bySnapshot = await service.forSnapshots(viewer, snapshotIds);
      return snapshotIds.map((id) => bySnapshot.get(id) ?? []);
    }),
  };
}
