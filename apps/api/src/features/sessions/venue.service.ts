import type { Viewer } from '../../access/viewer';
import { requirePermission } from '../../access/policy';
import { Permission } from '../../access/permissions';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { ConflictError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { FacilitatorEntity } from './facilitator.entity';
import type { Facilitator, FacilitatorInput, Venue, VenueInput } from './session.types';
import { VenueEntity } from './venue.entity';

const toVenue = (v: VenueEntity): Venue => ({ id: v.id, name: v.name, address: v.address, room: v.room });
const toFacilitator = (f: FacilitatorEntity): Facilitator => ({
  id: f.id,
  name: f.name,
  organisation: f.organisation,
  email: f.email,
});

/** Venues and facilitators of a region: what sessions are planned with. Region first, never unscoped. */
export class VenueService {
  constructor(private readonly db: DataSource) {}

  async venues(regionId: string): Promise<Venue[]> {
    const rows = await this.db
      .getRepository(VenueEntity)
      .createQueryBuilder('v')
      .where('v.region_id = :regionId', { regionId: requireRegionId(regionId) })
      .orderBy('lower(v.name)')
      .addOrderBy('lower(v.room)')
      .addOrderBy('v.id')
      .getMany();
    return rows.map(toVenue);
  }

  async venuesByIds(ids: readonly string[]): Promise<Venue[]> {
    const rows = await this.db
      .getRepository(VenueEntity)
      .createQueryBuilder('v')
      .where('v.id = ANY(:ids)', { ids: ids.filter(isUuid) })
      .getMany();
    return rows.map(toVenue);
  }

  async createVenue(viewer: Viewer, input: VenueInput): Promise<Venue> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = viewer.regionId;
    const repo = this.db.getRepository(VenueEntity);
    const entity = repo.create({
      regionId: requireRegionId(regionId),
      name: input.name.trim(),
      address: (input.address ?? '').trim(),
      room: (input.room ?? '').trim(),
    });
    try {
      return toVenue(await repo.save(entity));
    } catch (error) {
      if (isUniqueViolation(error, 'venues_region_name_room_key')) {
        throw new ConflictError('VENUE_TAKEN', 'The region already has this venue and room.');
      }
      throw error;
    }
  }

  async facilitators(regionId: string): Promise<Facilitator[]> {
    const rows = await this.db
      .getRepository(FacilitatorEntity)
      .createQueryBuilder('f')
      .where('f.region_id = :regionId', { regionId: requireRegionId(regionId) })
      .orderBy('lower(f.name)')
      .addOrderBy('f.id')
      .getMany();
    return rows.map(toFacilitator);
  }

  async createFacilitator(viewer: Viewer, input: FacilitatorInput): Promise<Facilitator> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = viewer.regionId;
    const repo = this.db.getRepository(FacilitatorEntity);
    const entity = repo.create({
      regionId: requireRegionId(regionId),
      name: input.name.trim(),
      organisation: (input.organisation ?? '').trim(),
      email: input.email?.trim().toLowerCase() || null,
      userId: null,
    });
    return toFacilitator(await repo.save(entity));
  }

  /** The facilitators of each session, by name; for the per-request loader. */
  async facilitatorsOfSessions(sessionIds: readonly string[]): Promise<Map<string, Facilitator[]>> {
    const rows = await this.db.query<(Facilitator & { session_id: string })[]>(
      `SELECT sf.session_id, f.id, f.name, f.organisation, f.email
         FROM session_facilitators sf JOIN facilitators f ON f.id = sf.facilitator_id
        WHERE sf.session_id = ANY($1::uuid[])
        ORDER BY lower(f.name), f.id`,
      [sessionIds.filter(isUuid)],
    );
    const bySession = new Map<string, Facilitator[]>();
    for (const { session_id: sessionId, ...facilitator } of rows) {
      bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), facilitator]);
    }
    return bySession;
  }
}
