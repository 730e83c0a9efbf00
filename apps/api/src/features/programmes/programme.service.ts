import type { Viewer } from '../../access/viewer';
import { requirePermission } from '../../access/policy';
import { Permission } from '../../access/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import { ProgrammeEntity } from './programme.entity';
import type { Programme, ProgrammeInput } from './programme.types';

export const toProgramme = (p: ProgrammeEntity): Programme => ({
  id: p.id,
  name: p.name,
  startYear: p.startYear,
  endYear: p.endYear,
  goals: p.goals,
  status: p.status,
  defaultSessionStatus: p.defaultSessionStatus,
  version: p.version,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

/** Programmes of a region. Every method takes the region first; none runs unscoped. */
export class ProgrammeService {
  constructor(private readonly db: DataSource) {}

  /** All programmes of the region, newest period first: a region runs a handful, so no paging. */
  async list(regionId: string): Promise<Programme[]> {
    const rows = await this.db
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .where('p.region_id = :regionId', { regionId: requireRegionId(regionId) })
      .orderBy('p.start_year', 'DESC')
      .addOrderBy('lower(p.name)', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return rows.map(toProgramme);
  }

  async byId(regionId: string, id: string): Promise<Programme> {
    return toProgramme(await findProgramme(this.db.manager, regionId, id));
  }

  async byIds(regionId: string, ids: readonly string[]): Promise<Programme[]> {
    const rows = await this.db
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .where('p.region_id = :regionId AND p.id = ANY(:ids)', {
        regionId: requireRegionId(regionId),
        ids: ids.filter(isUuid),
      })
      .getMany();
    return rows.map(toProgramme);
  }

  async create(viewer: Viewer, input: ProgrammeInput): Promise<Programme> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = viewer.regionId;
    checkPeriod(input);
    const repo = this.db.getRepository(ProgrammeEntity);
    const entity = repo.create({
      regionId: requireRegionId(regionId),
      name: input.name.trim(),
      startYear: input.startYear,
      endYear: input.endYear,
      goals: (input.goals ?? '').trim(),
      status: input.status ?? 'DRAFT',
      defaultSessionStatus: input.defaultSessionStatus ?? 'DRAFT',
    });
    return toProgramme(await saveUnique(() => repo.save(entity)));
  }

  /**
   * Replaces every field; STALE_VERSION when someone saved in between. Activities planned outside a
   * narrowed period keep their year: the roadmap only shows the period.
   */
  async update(viewer: Viewer, id: string, input: ProgrammeInput, expectedVersion: number): Promise<Programme> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = viewer.regionId;
    checkPeriod(input);
    return this.db.transaction(async (tx) => {
      const programme = await findProgramme(tx, regionId, id, true);
      checkVersion(programme, expectedVersion, 'programme');
      Object.assign(programme, {
        name: input.name.trim(),
        startYear: input.startYear,
        endYear: input.endYear,
        goals: (input.goals ?? '').trim(),
        status: input.status ?? programme.status,
        defaultSessionStatus: input.defaultSessionStatus ?? programme.defaultSessionStatus,
        version: programme.version + 1,
      });
      return toProgramme(await saveUnique(() => tx.getRepository(ProgrammeEntity).save(programme)));
    });
  }
}

/** The programme in the region, else NOT_FOUND (also for another region's id). */
export async function findProgramme(
  tx: EntityManager,
  regionId: string,
  id: string,
  forEdit = false,
): Promise<ProgrammeEntity> {
  const programme = isUuid(id)
    ? await tx.getRepository(ProgrammeEntity).findOne({
        where: { id, regionId: requireRegionId(regionId) },
        ...(forEdit ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;
  if (!programme) {
    throw new NotFoundError('Programme');
  }
  return programme;
}

function checkPeriod(input: ProgrammeInput): void {
  if (input.endYear < input.startYear) {
    throw new BadInputError('The programme cannot end before it starts.', [
      { field: 'endYear', reason: 'BEFORE_START_YEAR' },
    ]);
  }
  if (input.endYear - input.startYear >= 20) {
    throw new BadInputError('A programme spans at most 20 years.', [{ field: 'endYear', reason: 'PERIOD_TOO_LONG' }]);
  }
}

async function saveUnique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'programmes_region_name_key')) {
      throw new ConflictError('PROGRAMME_NAME_TAKEN', 'The region already has a programme with this name.');
    }
    throw error;
  }
}
