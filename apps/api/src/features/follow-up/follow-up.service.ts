import { MUNICIPAL_ROLES, isEvidenceLink, mayTransition, type FollowUpStatus } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { BadInputError, type FieldProblem } from '../../common/errors';
import { checkVersion } from '../../common/versions';
import { RecommendationEntity } from '../recommendations/recommendation.entity';
import type { RecommendationService } from '../recommendations/recommendation.service';
import { toRecommendation } from '../recommendations/recommendation.service';
import type { Recommendation } from '../recommendations/recommendation.types';
import type { FollowUpInput, TimelineEventKind } from './follow-up.types';
import { todayInAmsterdam } from './today';

/** One row of the timeline as written; the columns a kind does not use stay null. */
interface NewEvent {
  kind: TimelineEventKind;
  from_status?: FollowUpStatus;
  to_status?: FollowUpStatus;
  reason?: string | null;
  from_owner_user_id?: string | null;
  to_owner_user_id?: string | null;
  from_due_date?: string | null;
  to_due_date?: string | null;
  note?: string | null;
  links?: string[];
  attachment_id?: string;
  learning_kind?: 'ACTIVITY' | 'SESSION' | 'TRACK';
  learning_id?: string;
  learning_title?: string;
}

/**
 * Appends events to a recommendation's timeline in one statement, inside the caller's transaction.
 * The app role may only insert there (and read): the timeline is append-only.
 */
export async function appendTimeline(
  tx: EntityManager,
  rec: Pick<RecommendationEntity, 'id' | 'regionId' | 'municipalityId'>,
  actorUserId: string,
  events: NewEvent[],
): Promise<void> {
  if (events.length === 0) {
    return;
  }
  await tx.query(
    `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, actor_user_id, kind,
       from_status, to_status, reason, from_owner_user_id, to_owner_user_id, from_due_date, to_due_date, note, links,
       attachment_id, learning_kind, learning_id, learning_title)
     SELECT $1, $2, $3, $4, e.kind, e.from_status, e.to_status, e.reason, e.from_owner_user_id, e.to_owner_user_id,
            e.from_due_date, e.to_due_date, e.note, coalesce(e.links, '{}'), e.attachment_id, e.learning_kind,
            e.learning_id, e.learning_title
       FROM jsonb_to_recordset($5::jsonb) AS e(kind text, from_status text, to_status text, reason text,
            from_owner_user_id uuid, to_owner_user_id uuid, from_due_date date, to_due_date date, note text,
            links text[], attachment_id uuid, learning_kind text, learning_id uuid, learning_title text)`,
    [rec.id, rec.regionId, rec.municipalityId, actorUserId, JSON.stringify(events)],
  );
}

/**
 * Follow-up of a recommendation by its municipality's coordinators: status, owner, due date and
 * progress notes saved together under one optimistic version, each change written to the timeline.
 */
export class FollowUpService {
  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  /**
   * Saves what differs from the stored follow-up: STALE_VERSION when someone saved in between,
   * typed field errors for an invalid transition, a missing reason, an owner from elsewhere, a new
   * due date in the past or a bad link; nothing is written then. Saving nothing new changes nothing.
   */
  async record(acting: Acting, id: string, input: FollowUpInput): Promise<Recommendation> {
    return this.save(acting, id, input.expectedVersion, () => input);
  }

  /** The one write path: `build` gives the wanted follow-up from the stored row, read under a row lock. */
  private async save(
    acting: Acting,
    id: string,
    expectedVersion: number,
    build: (rec: RecommendationEntity) => Omit<FollowUpInput, 'expectedVersion'>,
  ): Promise<Recommendation> {
    return runConfidential(this.db, acting, Permission.FOLLOW_UP_WRITE, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(tx, acting, id, Permission.FOLLOW_UP_WRITE, true);
      checkVersion(rec, expectedVersion, 'recommendation');
      const input = build(rec);
      const events = await this.changes(tx, rec, input);
      if (events.length === 0) {
        return toRecommendation(acting.viewer)(rec);
      }
      const status = events.find((e) => e.kind === 'STATUS');
      if (status) {
        Object.assign(rec, {
          status: status.to_status,
          statusReason: status.to_status === 'NOT_ADOPTED' ? status.reason : null,
          statusChangedAt: new Date(),
          statusChangedBy: acting.viewer.userId,
        });
      }
      Object.assign(rec, {
        ownerUserId: input.ownerUserId ?? null,
        dueDate: input.dueDate ?? null,
        version: rec.version + 1,
      });
      const saved = await tx.getRepository(RecommendationEntity).save(rec);
      await appendTimeline(tx, rec, acting.viewer.userId, events);
      await audit([
        {
          municipalityId: rec.municipalityId,
          action: status ? 'STATUS' : 'UPDATE',
          entity: 'recommendation',
          entityId: rec.id,
          // Kinds only: the note, links and names stay out of the log.
          details: { followUp: events.map((e) => e.kind), ...(status ? { status: status.to_status } : {}) },
        },
      ]);
      return toRecommendation(acting.viewer)(saved);
    });
  }

  /** The timeline events of a save, after checking each change; nothing is written here. */
  private async changes(
    tx: EntityManager,
    rec: RecommendationEntity,
    input: Omit<FollowUpInput, 'expectedVersion'>,
  ): Promise<NewEvent[]> {
    const problems: FieldProblem[] = [];
    const events: NewEvent[] = [];
    if (input.status !== rec.status) {
      const reason = input.reason?.trim() || null;
      if (!mayTransition(rec.status, input.status)) {
        problems.push({ field: 'status', reason: 'INVALID_TRANSITION' });
      } else if (input.status === 'NOT_ADOPTED' && !reason) {
        problems.push({ field: 'reason', reason: 'REASON_REQUIRED' });
      }
      events.push({ kind: 'STATUS', from_status: rec.status, to_status: input.status, reason });
    }
    const owner = input.ownerUserId ?? null;
    if (owner !== rec.ownerUserId) {
      if (owner && !(await this.isColleague(tx, owner, rec.municipalityId))) {
        problems.push({ field: 'ownerUserId', reason: 'UNKNOWN_OWNER' });
      }
      events.push({ kind: 'OWNER', from_owner_user_id: rec.ownerUserId, to_owner_user_id: owner });
    }
    const dueDate = input.dueDate ?? null;
    if (dueDate !== rec.dueDate) {
      // An overdue date may stay; a date set now must not already have passed.
      if (dueDate && dueDate < todayInAmsterdam()) {
        problems.push({ field: 'dueDate', reason: 'DUE_DATE_IN_PAST' });
      }
      events.push({ kind: 'DUE_DATE', from_due_date: rec.dueDate, to_due_date: dueDate });
    }
    const note = input.note?.trim() || null;
    const links = [...new Set((input.links ?? []).map((link) => link.trim()).filter(Boolean))];
    if (links.some((link) => !isEvidenceLink(link))) {
      problems.push({ field: 'links', reason: 'INVALID_LINK' });
    }
    if (note || links.length > 0) {
      events.push({ kind: 'PROGRESS', note, links });
    }
    if (problems.length > 0) {
      throw new BadInputError('The follow-up could not be saved.', problems);
    }
    return events;
  }

  private async isColleague(tx: EntityManager, userId: string, municipalityId: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>(
      `SELECT 1 FROM users WHERE id = $1 AND municipality_id = $2 AND disabled_at IS NULL AND role = ANY($3::text[])`,
      [userId, municipalityId, [...MUNICIPAL_ROLES]],
    );
    return rows.length > 0;
  }
}
