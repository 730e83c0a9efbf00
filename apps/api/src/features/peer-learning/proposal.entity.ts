import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LearningLine } from './pairing-contract';

export type ProposalStatus = 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';

/** One pairing of a track: a staff-only draft, then published (and superseded by a later publication). */
@Entity('peer_proposals')
export class PeerProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ type: 'text' })
  status: ProposalStatus;

  /** Raised by every change (re-run, lock, move, publish): publishing an older version is refused. */
  @Column({ type: 'integer' })
  version: number;

  /** The enrolments (ids and versions) it was computed from; a change since makes it stale. */
  @Column({ name: 'enrolment_fingerprint', type: 'text' })
  enrolmentFingerprint: string;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'integer' })
  repeats: number;

  @Column({ type: 'boolean' })
  exact: boolean;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}

/** What the engine says about a group; staff see it all, members only consented goals without points. */
export interface GroupExplanation {
  learning: LearningLine[];
  costOfBreaking: number | null;
  /** Set at publication: the lines both sides consented to show, without points. */
  shared?: Omit<LearningLine, 'points'>[];
}

/** A group of a proposal. Its members are `peer_group_members` rows (municipality and enrolment). */
@Entity('peer_groups')
export class PeerGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'boolean' })
  locked: boolean;

  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'integer' })
  bonus: number;

  @Column({ type: 'integer' })
  repeats: number;

  @Column({ type: 'jsonb' })
  explanation: GroupExplanation;
}
