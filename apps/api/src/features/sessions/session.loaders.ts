import DataLoader from 'dataloader';
import type { LearningSessionService } from './session.service';
import type { Facilitator, Session, Venue } from './session.types';
import type { VenueService } from './venue.service';

/** Per-request loaders for what a session list resolves per row; one query per relation. */
export function createSessionLoaders(sessions: LearningSessionService, venues: VenueService, regionId: string | null) {
  return {
    venue: new DataLoader<string, Venue | null>(async (ids) => {
      const byId = new Map((await venues.venuesByIds(ids)).map((v) => [v.id, v]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    sessionFacilitators: new DataLoader<string, Facilitator[]>(async (ids) => {
      const bySession = await venues.facilitatorsOfSessions(ids);
      return ids.map((id) => bySession.get(id) ?? []);
    }),
    activitySessions: new DataLoader<string, Session[]>(async (ids) => {
      const byActivity = regionId ? await sessions.sessionsOfActivities(regionId, ids) : new Map<string, Session[]>();
      return ids.map((id) => byActivity.get(id) ?? []);
    }),
    session: new DataLoader<string, Session | null>(async (ids) => {
      const byId = new Map((regionId ? await sessions.byIds(regionId, ids) : []).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
