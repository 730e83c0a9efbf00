import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Municipality, Region } from './region.types';
import { MunicipalityEntity } from './municipality.entity';
import { RegionEntity } from './region.entity';

const toMunicipality = (m: MunicipalityEntity): Municipality => ({ id: m.id, code: m.cbsCode, name: m.name });

export class RegionService {
  constructor(private readonly db: DataSource) {}

  async municipalitiesOfRegion(regionId: string): Promise<Municipality[]> {
    const rows = await this.db.getRepository(MunicipalityEntity).find({ where: { regionId }, order: { name: 'ASC' } });
    return rows.map(toMunicipality);
  }

  async municipalitiesByIds(ids: readonly string[]): Promise<Municipality[]> {
    const rows = await this.db.getRepository(MunicipalityEntity).findBy({ id: In([...ids]) });
    return rows.map(toMunicipality);
  }

  async regionsByIds(ids: readonly string[]): Promise<Region[]> {
    const rows = await this.db.getRepository(RegionEntity).findBy({ id: In([...ids]) });
    return rows.map((r) => ({ id: r.id, name: r.name }));
  }

  async municipalityInRegion(municipalityId: string, regionId: string): Promise<boolean> {
    return this.db.getRepository(MunicipalityEntity).exists({ where: { id: municipalityId, regionId } });
  }
}
