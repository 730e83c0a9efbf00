import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export type ScanKind = 'BASELINE' | 'RESCAN';

/** Confidential: read only through inViewerTransaction, where row-level security applies. */
@Entity('scans')
export class ScanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  /** ISO date (YYYY-MM-DD). */
  @Column({ name: 'scan_date', type: 'date' })
  scanDate: string;

  @Column({ type: 'text' })
  kind: ScanKind;

  @Column({ type: 'text' })
  scope: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** Optimistic concurrency: raised by one on every edit; an edit based on an older version is refused. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
