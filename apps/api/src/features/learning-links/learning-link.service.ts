import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { appendTimeline } from '../follow-up/follow-up.service';
import type { RecommendationEntity } from '../recommendations/recommendation.entity';
import type { RecommendationService } from '../recommendations/recommendation.service';
import type { LearningKind, LearningLink, LearningOfferItem, LearningTargetInput } from './learning-link.types';

/** The column of `recommendation_learning_links` that holds each kind of target. */
const TARGET_COLUMN: Record<LearningKind, 'activity_id' | 'session_id' | 'track_id'> = {
  ACTIVITY: 'activity_id',
  SESSION: 'session_id',
  TRACK: 'track_id',
};

/** At most this many offer rows: a theme with years of sessions stays one short list. */
const OFFER_LIMIT = 200;

interface OfferRow {
  kind: LearningKind;
  id: string;
  title: string;
  format: string | null;
  activity_id: string | null;
  starts_at: Date | null;
  registration_deadline: Date | null;
  session_status: string | null;
  ends_on: string | null;
  themes: string[];
  upcoming: boolean;
  link_id: string | null;
}

/**
 * Links from a recommendation to the learning that helps address it, and the programme's offer on
 * its themes. Links are confidential like the recommendation: read by whoever reads it, written by
 * its municipality's coordinators and the region's analysts, every change in the timeline and the
 * audit log. The offer itself is the region's public programme, but which themes a recommendation
 * has is not, so it is read as the recommendation.
 */
export class LearningLinkService {
  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  /**
   * Activities, their sessions (not draft or cancelled, ended at most a year ago) and peer tracks on
   * the recommendation's themes; upcoming first (soonest first), then undated, then past (latest
   * first). One statement for the whole list.
   */
  async offer(acting: Acting, recommendationId: string): Promise<LearningOfferItem[]> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_READ, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(tx, acting, recommendationId, Permission.RECOMMENDATION_READ);
      const rows = await tx.query<OfferRow[]>(
        `WITH rec_themes AS (
           SELECT t.id, t.title FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
            WHERE rt.recommendation_id = $1
         ), acts AS (
           SELECT a.id, a.title, a.format, array_agg(DISTINCT rt.title ORDER BY rt.title) AS themes
             FROM learning_activities a
             JOIN activity_themes at ON at.activity_id = a.id
             JOIN rec_themes rt ON rt.id = at.theme_id
            WHERE a.region_id = $2
            GROUP BY a.id
         ), items AS (
           SELECT 'ACTIVITY' AS kind, a.id, a.title, a.format, a.id AS activity_id,
                  (SELECT min(s.starts_at) FROM sessions s
                    WHERE s.activity_id = a.id AND s.status IN ('OPEN', 'FULL') AND s.starts_at > now()) AS starts_at,
                  NULL::timestamptz AS registration_deadline, NULL::text AS session_status, NULL::text AS ends_on,
                  a.themes
             FROM acts a
           UNION ALL
           SELECT 'SESSION', s.id, a.title, a.format, a.id, s.starts_at, s.registration_deadline, s.status, NULL,
                  a.themes
             FROM acts a JOIN sessions s ON s.activity_id = a.id
            WHERE s.status IN ('OPEN', 'FULL', 'COMPLETED') AND s.ends_at > now() - interval '1 year'
           UNION ALL
           SELECT 'TRACK', t.id, t.title, NULL, NULL, t.starts_on::timestamptz, NULL, NULL,
                  to_char(t.ends_on, 'YYYY-MM-DD'), array_agg(DISTINCT rt.title ORDER BY rt.title)
             FROM peer_tracks t
             JOIN peer_track_themes ptt ON ptt.track_id = t.id
             JOIN rec_themes rt ON rt.id = ptt.theme_id
            WHERE t.region_id = $2
            GROUP BY t.id
         )
         SELECT i.*, coalesce(i.starts_at > now(), false) AS upcoming, l.id AS link_id
           FROM items i
           LEFT JOIN recommendation_learning_links l
             ON l.recommendation_id = $1 AND coalesce(l.activity_id, l.session_id, l.track_id) = i.id
          ORDER BY CASE WHEN i.starts_at > now() THEN 0 WHEN i.starts_at IS NULL THEN 1 ELSE 2 END,
                   CASE WHEN i.starts_at > now() THEN i.starts_at END ASC,
                   i.starts_at DESC, lower(i.title), i.kind, i.id
          LIMIT ${OFFER_LIMIT}`,
        [rec.id, rec.regionId],
      );
      await audit([
        {
          municipalityId: rec.municipalityId,
          action: 'READ',
          entity: 'recommendation_learning_link',
          entityId: rec.id,
        },
      ]);
      return rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        title: r.title,
        format: r.format,
        activityId: r.activity_id,
        startsAt: r.starts_at,
        registrationDeadline: r.registration_deadline,
        sessionStatus: r.session_status,
        endsOn: r.ends_on,
        themes: r.themes,
        upcoming: r.upcoming,
        linkId: r.link_id,
      }));
    });
  }

  /**
   * Links the recommendation to an activity, session or track of the region: UNKNOWN_LEARNING (a
   * field error) for anything else, CONFLICT ALREADY_LINKED when it is linked already. The link, its
   * timeline entry and the audit entry are written together.
   */
  async link(acting: Acting, recommendationId: string, target: LearningTargetInput): Promise<LearningLink> {
    return runConfidential(this.db, acting, Permission.LEARNING_LINK_WRITE, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(
        tx,
        acting,
        recommendationId,
        Permission.LEARNING_LINK_WRITE,
        true,
      );
      const found = await this.target(tx, rec.regionId, target);
      let id: string;
      try {
        const [row] = await tx.query<{ id: string }[]>(
          `INSERT INTO recommendation_learning_links (recommendation_id, region_id, municipality_id, ${TARGET_COLUMN[target.kind]}, created_by)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [rec.id, rec.regionId, rec.municipalityId, target.id, acting.viewer.userId],
        );
        id = row!.id;
      } catch (error) {
        if (isUniqueViolation(error, `recommendation_learning_links_${target.kind.toLowerCase()}_key`)) {
          throw new ConflictError('ALREADY_LINKED', 'The recommendation is linked to this already.');
        }
        throw error;
      }
      await appendTimeline(tx, rec, acting.viewer.userId, [
        { kind: 'LINK', learning_kind: target.kind, learning_id: target.id, learning_title: found.title },
      ]);
      await audit([linkAudit(rec, 'LINK', target.kind)]);
      return {
        id,
        kind: target.kind,
        targetId: target.id,
        title: found.title,
        activityId: found.activityId,
        startsAt: found.startsAt,
        sessionStatus: found.sessionStatus,
        linkedAt: new Date(),
        linkedBy: null,
        municipalityId: rec.municipalityId,
        regionId: rec.regionId,
      };
    });
  }

  /** Removes a link (NOT_FOUND like absence when the viewer may not change the recommendation); in the timeline. */
  async unlink(acting: Acting, linkId: string): Promise<boolean> {
    return runConfidential(this.db, acting, Permission.LEARNING_LINK_WRITE, async ({ tx, audit, scope }) => {
      if (!isUuid(linkId)) {
        throw new NotFoundError('Learning link');
      }
      const filter = scope('l');
      const row = await tx
        .createQueryBuilder()
        .select(['l.recommendation_id AS recommendation_id'])
        .addSelect(
          `CASE WHEN l.activity_id IS NOT NULL THEN 'ACTIVITY' WHEN l.session_id IS NOT NULL THEN 'SESSION'
                       ELSE 'TRACK' END`,
          'kind',
        )
        .addSelect('coalesce(l.activity_id, l.session_id, l.track_id)', 'target_id')
        .from('recommendation_learning_links', 'l')
        .where('l.id = :linkId', { linkId })
        .andWhere(filter.sql, filter.params)
        .getRawOne<{ recommendation_id: string; kind: LearningKind; target_id: string }>();
      if (!row) {
        throw new NotFoundError('Learning link');
      }
      const rec = await this.recommendations.findVisible(
        tx,
        acting,
        row.recommendation_id,
        Permission.LEARNING_LINK_WRITE,
        true,
      );
      const found = await this.target(tx, rec.regionId, { kind: row.kind, id: row.target_id });
      await tx.query(`DELETE FROM recommendation_learning_links WHERE id = $1`, [linkId]);
      await appendTimeline(tx, rec, acting.viewer.userId, [
        { kind: 'UNLINK', learning_kind: row.kind, learning_id: row.target_id, learning_title: found.title },
      ]);
      await audit([linkAudit(rec, 'UNLINK', row.kind)]);
      return true;
    });
  }

  /** The activity, session or track in the region, with what a link shows of it. */
  private async target(
    tx: EntityManager,
    regionId: string,
    target: LearningTargetInput,
  ): Promise<{ title: string; activityId: string | null; startsAt: Date | null; sessionStatus: string | null }> {
    const sql: Record<LearningKind, string> = {
      ACTIVITY: `SELECT a.title, a.id AS activity_id, NULL::timestamptz AS starts_at, NULL::text AS session_status
                   FROM learning_activities a WHERE a.id = $1 AND a.region_id = $2`,
      SESSION: `SELECT a.title, a.id AS activity_id, s.starts_at, s.status AS session_status
                  FROM sessions s JOIN learning_activities a ON a.id = s.activity_id
                 WHERE s.id = $1 AND s.region_id = $2 AND s.status <> 'DRAFT'`,
      TRACK: `SELECT t.title, NULL::uuid AS activity_id, t.starts_on::timestamptz AS starts_at, NULL::text AS session_status
                FROM peer_tracks t WHERE t.id = $1 AND t.region_id = $2`,
    };
    const [row] = await tx.query<
      { title: string; activity_id: string | null; starts_at: Date | null; session_status: string | null }[]
    >(sql[target.kind], [target.id, regionId]);
    if (!row) {
      throw new BadInputError('Unknown learning activity, session or track.', [
        { field: 'target', reason: 'UNKNOWN_LEARNING' },
      ]);
    }
    return {
      title: row.title,
      activityId: row.activity_id,
      startsAt: row.starts_at,
      sessionStatus: row.session_status,
    };
  }
}

function linkAudit(rec: RecommendationEntity, action: 'LINK' | 'UNLINK', kind: LearningKind) {
  return {
    municipalityId: rec.municipalityId,
    action,
    entity: 'recommendation_learning_link' as const,
    entityId: rec.id,
    details: { kind },
  };
}
