import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A part of the scan framework (e.g. Bibob, integrity). Regional, not confidential. */
@Entity('facets')
export class FacetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  /** Unique per region, case-insensitive (index facets_region_name_key). */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Display order within the region; ties break on name. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  /** Retired facets stay linked to existing themes and recommendations but are not offered for new ones. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Optimistic concurrency: raised by one on every edit; an edit based on an older version is refused. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
