import type { DataSource } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { mayReadMaterials, sessionStanding } from '../registrations/session-standing';
import type { SessionMaterialService } from './material.service';
import type { SessionExtras } from './session-extras.types';

/** What the session page shows around a session, and what the viewer may do there (one standing, one read). */
export class SessionExtrasService {
  constructor(
    private readonly db: DataSource,
    private readonly materials: SessionMaterialService,
  ) {}

  async of(viewer: Viewer, sessionId: string): Promise<SessionExtras> {
    const standing = await sessionStanding(this.db.manager, viewer, sessionId);
    const readMaterials = mayReadMaterials(standing);
    return {
      sessionId: standing.sessionId,
      materials: readMaterials ? await this.materials.listOf(standing.sessionId) : null,
      viewerCan: {
        manageMaterials: standing.staff,
        readMaterials,
        sendMessage: can(viewer, Permission.REGISTRATION_MANAGE),
        certificate: standing.attended,
      },
    };
  }
}
