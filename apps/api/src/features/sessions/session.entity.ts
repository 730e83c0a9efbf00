import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const SESSION_STATUSES = ['DRAFT', 'OPEN', 'FULL', 'CANCELLED', 'COMPLETED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Sessions are shown in the region's time zone; stored as timestamptz, UTC on the wire. */
export const SESSION_TIME_ZONE = 'Europe/Amsterdam';

/**
 * A session of a learning activity (table `sessions`; not to be confused with login sessions in
 * `user_sessions`). `during` is generated from starts_at/ends_at for the exclusion constraints;
 * `sequence` is the iCalendar SEQUENCE, raised by a trigger on every change of time, place or status.
 */
@Entity('sessions')
export class LearningSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ name: 'host_municipality_id', type: 'uuid', nullable: true })
  hostMunicipalityId: string | null;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'registration_deadline', type: 'timestamptz' })
  registrationDeadline: Date;

  @Column({ name: 'max_per_municipality', type: 'integer', nullable: true })
  maxPerMunicipality: number | null;

  @Column({ type: 'text', default: 'DRAFT' })
  status: SessionStatus;

  @Column({ name: 'show_participant_names', type: 'boolean', default: false })
  showParticipantNames: boolean;

  /** Attendees evaluate until ends_at plus this many days; results are released then, once. */
  @Column({ name: 'evaluation_window_days', type: 'smallint', default: 14 })
  evaluationWindowDays: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'integer', default: 0, insert: false, update: false })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** When the session's evaluation window closes and its results are released. */
export const evaluationClosesAt = (s: Pick<LearningSessionEntity, 'endsAt' | 'evaluationWindowDays'>): Date =>
  new Date(s.endsAt.getTime() + s.evaluationWindowDays * 86_400_000);
