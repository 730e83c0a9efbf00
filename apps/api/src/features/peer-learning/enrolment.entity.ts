import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A municipality's enrolment in a track. Sensitive (joining a Bibob track can hint at a weakness):
 * read only in a viewer transaction, where row-level security shows it to programme staff and the
 * own municipality's coordinators. Its declarations, contacts and preferences are child rows
 * (`peer_enrolment_goals`, `peer_enrolment_contacts`, `peer_enrolment_preferences`), read with SQL.
 */
@Entity('peer_enrolments')
export class PeerEnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  /** First days of the months the municipality is available (YYYY-MM-01). */
  @Column({ name: 'available_months', type: 'date', array: true, default: () => `'{}'` })
  availableMonths: string[];

  /** Whether partners may see the goals the group is paired on. */
  @Column({ name: 'consent_show_goals', type: 'boolean', default: false })
  consentShowGoals: boolean;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
