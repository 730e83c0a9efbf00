import type { Locale, Role } from '@rode-draad/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** Null while the account waits for its first role grant (features/role-grants): no access at all. */
  @Column({ type: 'text', nullable: true })
  role: Role | null;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash?: string;

  @Column({ type: 'text', default: 'nl' })
  locale: Locale;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
