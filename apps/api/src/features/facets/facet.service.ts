import type { Viewer } from '../../access/viewer';
import { requirePermission } from '../../access/policy';
import { Permission } from '../../access/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import { FacetEntity } from './facet.entity';
import type { Facet, FacetInput } from './facet.types';

export const toFacet = (f: FacetEntity): Facet => ({
  id: f.id,
  name: f.name,
  description: f.description,
  position: f.position,
  active: f.active,
  version: f.version,
});

/** Facets of one region. Every method takes the region first; none runs unscoped. */
export class FacetService {
  constructor(private readonly db: DataSource) {}

  async list(regionId: string, includeInactive: boolean): Promise<Facet[]> {
    const qb = this.db
      .getRepository(FacetEntity)
      .createQueryBuilder('f')
      .where('f.region_id = :regionId', { regionId: requireRegionId(regionId) });
    if (!includeInactive) {
      qb.andWhere('f.active');
    }
    const rows = await qb.orderBy('f.position').addOrderBy('lower(f.name)').addOrderBy('f.id').getMany();
    return rows.map(toFacet);
  }

  /** For loaders: ids come from rows already scoped to the viewer's region. */
  async byIds(ids: readonly string[]): Promise<Facet[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) {
      return [];
    }
    const rows = await this.db.getRepository(FacetEntity).findBy({ id: In(valid) });
    return rows.map(toFacet);
  }

  async create(viewer: Viewer, input: FacetInput): Promise<Facet> {
    requirePermission(viewer, Permission.THEME_MAINTAIN);
    const regionId = viewer.regionId;
    requireRegionId(regionId);
    return this.db.transaction(async (tx) => {
      // New facets go last; concurrent creates may share a position, which only ties on name.
      const [{ next }] = await tx.query<[{ next: number }]>(
        'SELECT coalesce(max(position), 0) + 1 AS next FROM facets WHERE region_id = $1',
        [regionId],
      );
      const entity = tx.getRepository(FacetEntity).create({
        regionId,
        name: input.name.trim(),
        description: (input.description ?? '').trim(),
        position: next,
        active: true,
      });
      return toFacet(await saveUnique(tx, entity));
    });
  }

  /** Renames a facet; STALE_VERSION when someone saved in between. */
  async update(viewer: Viewer, id: string, input: FacetInput, expectedVersion: number): Promise<Facet> {
    requirePermission(viewer, Permission.THEME_MAINTAIN);
    const regionId = viewer.regionId;
    return this.db.transaction(async (tx) => {
      const facet = await lockFacet(tx, regionId, id);
      checkVersion(facet, expectedVersion, 'facet');
      facet.name = input.name.trim();
      facet.description = (input.description ?? '').trim();
      facet.version += 1;
      return toFacet(await saveUnique(tx, facet));
    });
  }

  /**
   * Retires or reactivates a facet. Facets are never deleted: recommendations and themes keep
   * pointing at them, and a retired facet is simply no longer offered for new links.
   */
  async setActive(viewer: Viewer, id: string, active: boolean, expectedVersion: number): Promise<Facet> {
    requirePermission(viewer, Permission.THEME_MAINTAIN);
    const regionId = viewer.regionId;
    return this.db.transaction(async (tx) => {
      const facet = await lockFacet(tx, regionId, id);
      checkVersion(facet, expectedVersion, 'facet');
      facet.active = active;
      facet.version += 1;
      return toFacet(await tx.getRepository(FacetEntity).save(facet));
    });
  }

  /**
   * Sets positions 1..n from `ids`, which must name every facet of the region exactly once. It takes
   * no versions: it replaces the whole order under a lock of all the region's facets, so there is
   * nothing to merge. It still raises the version of each facet it moves, as every edit does.
   */
  async reorder(viewer: Viewer, ids: string[]): Promise<Facet[]> {
    requirePermission(viewer, Permission.THEME_MAINTAIN);
    const regionId = viewer.regionId;
    requireRegionId(regionId);
    await this.db.transaction(async (tx) => {
      // Lock the region's facets so a concurrent create cannot slip between check and update.
      const current = await tx.query<
        {
          id: string;
        }[]
      >('SELECT id FROM facets WHERE region_id = $1 FOR UPDATE', [regionId]);
      const known = new Set(current.map((row) => row.id));
      if (ids.length !== known.size || ids.some((id) => !known.has(id))) {
        throw new BadInputError('List every facet of the region exactly once.', [
          { field: 'ids', reason: 'NOT_ALL_FACETS' },
        ]);
      }
      await tx.query(
        `UPDATE facets f SET position = o.position, updated_at = now(), version = f.version + 1
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
         WHERE f.id = o.id AND f.region_id = $1 AND f.position <> o.position`,
        [regionId, ids],
      );
    });
    return this.list(regionId, true);
  }
}

async function lockFacet(tx: EntityManager, regionId: string, id: string): Promise<FacetEntity> {
  const facet = isUuid(id)
    ? await tx.getRepository(FacetEntity).findOne({
        where: { id, regionId: requireRegionId(regionId) },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!facet) {
    throw new NotFoundError('Facet');
  }
  return facet;
}

async function saveUnique(tx: EntityManager, facet: FacetEntity): Promise<FacetEntity> {
  try {
    return await tx.getRepository(FacetEntity).save(facet);
  } catch (error) {
    if (isUniqueViolation(error, 'facets_region_name_key')) {
      throw new ConflictError('FACET_NAME_TAKEN', 'The region already has a facet with this name.');
    }
    throw error;
  }
}
