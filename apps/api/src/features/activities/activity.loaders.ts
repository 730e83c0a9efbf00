import DataLoader from 'dataloader';
import type { Theme } from '../themes/theme.types';
import type { ActivityService } from './activity.service';
import type { LearningActivity } from './activity.types';

/** Per-request loaders for activities and their themes, scoped to the viewer's region. */
export function createActivityLoaders(service: ActivityService, regionId: string | null) {
  return {
    activity: new DataLoader<string, LearningActivity | null>(async (ids) => {
      const rows = regionId ? await service.byIds(regionId, ids) : [];
      const byId = new Map(rows.map((a) => [a.id, a]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Keyed by activity id; the activity itself was already scoped. */
    activityThemes: new DataLoader<string, Theme[]>(async (ids) => {
      const byActivity = await service.themesOfActivities(ids);
      return ids.map((id) => byActivity.get(id) ?? []);
    }),
  };
}
