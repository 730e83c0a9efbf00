import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Someone who leads sessions: often from outside the platform (a trainer, a police officer), so a
 * row of its own, optionally linked to a user account.
 */
@Entity('facilitators')
export class FacilitatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  organisation: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
