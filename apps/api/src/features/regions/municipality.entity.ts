import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RegionEntity } from './region.entity';

@Entity('municipalities')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne('RegionEntity', (r: RegionEntity) => r.municipalities, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'text' })
  name: string;

  /** CBS municipality code, e.g. GM0153 for Enschede. */
  @Column({ name: 'cbs_code', type: 'text' })
  cbsCode: string;
}
