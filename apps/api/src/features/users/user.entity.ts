import type { Locale, Role } from '@rode-draad/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

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

  /** The user's own choice: the weekly overdue digest (features/notifications/follow-up-reminders.ts). */
  @Column({ name: 'overdue_digest', type: 'boolean', default: true })
  overdueDigest: boolean;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /**
   * Optimistic concurrency: raised by one on every edit of what administrators edit (name, e-mail,
   * role, municipality, disabled), also by an approved role grant; an edit based on an older
   * version is refused. The user's own locale and password are not part of it.
   */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
