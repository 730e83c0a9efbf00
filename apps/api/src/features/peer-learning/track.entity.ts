import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type GroupForm = 'PAIRS' | 'PAIRS_OR_TRIOS';

/** A peer-learning track of a programme: the programme's offer, not confidential (migration PeerLearning). */
@Entity('peer_tracks')
export class PeerTrackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Calendar dates (YYYY-MM-DD), kept as strings so no time zone shifts them. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'enrolment_opens_at', type: 'timestamptz' })
  enrolmentOpensAt: Date;

  @Column({ name: 'enrolment_closes_at', type: 'timestamptz' })
  enrolmentClosesAt: Date;

  @Column({ name: 'group_form', type: 'text' })
  groupForm: GroupForm;

  @Column({ name: 'multiple_groups_allowed', type: 'boolean', default: false })
  multipleGroupsAllowed: boolean;

  @Column({ name: 'evaluation_closes_at', type: 'timestamptz', nullable: true })
  evaluationClosesAt: Date | null;

  /** Optimistic concurrency: raised by the service on every edit (common/versions.ts). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A learning goal of a track, in the order staff gave them. */
@Entity('peer_track_goals')
export class PeerTrackGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;
}

/** Which themes a track is on (at least one, checked by the service). */
@Entity('peer_track_themes')
export class PeerTrackThemeEntity {
  @PrimaryColumn({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;
}
