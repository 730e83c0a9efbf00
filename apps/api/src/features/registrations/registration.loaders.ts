import DataLoader from 'dataloader';
import type { Viewer } from '../../access/viewer';
import type { RegistrationService } from './registration.service';
import type { Registration, SessionParticipant, SessionSeats } from './registration.types';

/** Per-request loaders for the registration fields of a session list: one query each, keyed by session id. */
export function createRegistrationLoaders(service: RegistrationService, viewer: Viewer | null) {
  return {
    sessionSeats: new DataLoader<string, SessionSeats>(async (ids) => {
      const bySession = await service.seatsOf(ids);
      return ids.map((id) => bySession.get(id) ?? { confirmed: 0, waitlisted: 0, attended: null });
    }),
    viewerRegistration: new DataLoader<string, Registration | null>(async (ids) => {
      const bySession = viewer ? await service.activeOfUser(viewer, ids) : new Map<string, Registration>();
      return ids.map((id) => bySession.get(id) ?? null);
    }),
    sessionParticipants: new DataLoader<string, SessionParticipant[]>(async (ids) => {
      const bySession = await service.participantsOf(ids);
      return ids.map((id) => bySession.get(id) ?? []);
    }),
  };
}
