import type { ActivityFormat, TargetAudience } from '@rode-draad/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export { ACTIVITY_FORMATS, TARGET_AUDIENCES } from '@rode-draad/shared';
export type { ActivityFormat, TargetAudience };

/** A learning activity of a programme, addressing one or more regional themes. */
@Entity('learning_activities')
export class LearningActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Always the programme's region (composite foreign key). */
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  format: ActivityFormat;

  @Column({ name: 'learning_goals', type: 'text', default: '' })
  learningGoals: string;

  @Column({ name: 'target_audiences', type: 'text', array: true, default: () => `'{}'` })
  targetAudiences: TargetAudience[];

  @Column({ name: 'planned_year', type: 'integer', nullable: true })
  plannedYear: number | null;

  @Column({ name: 'planned_quarter', type: 'integer', nullable: true })
  plannedQuarter: number | null;

  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId: string;

  /** Optimistic concurrency: raised by one on every edit; an edit based on an older version is refused. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Which themes an activity addresses (at least one, checked by the service). */
@Entity('activity_themes')
export class ActivityThemeEntity {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId: string;
}
