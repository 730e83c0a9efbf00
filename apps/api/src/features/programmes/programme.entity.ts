import type { DefaultSessionStatus } from '@rode-draad/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type ProgrammeStatus = 'DRAFT' | 'ACTIVE' | 'CLOSED';

/** A multi-year learning programme of a region (e.g. "Leerprogramma Weerbaar Twente 2022–2025"). */
@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  /** Unique per region, case-insensitive (index programmes_region_name_key). */
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'start_year', type: 'integer' })
  startYear: number;

  @Column({ name: 'end_year', type: 'integer' })
  endYear: number;

  @Column({ type: 'text', default: '' })
  goals: string;

  @Column({ type: 'text', default: 'DRAFT' })
  status: ProgrammeStatus;

  /** The status new sessions get unless the planner picks another. */
  @Column({ name: 'default_session_status', type: 'text', default: 'DRAFT' })
  defaultSessionStatus: DefaultSessionStatus;

  /** Optimistic concurrency: raised by one on every edit; an edit based on an older version is refused. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
