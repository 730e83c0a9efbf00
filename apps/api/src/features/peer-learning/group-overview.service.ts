import { evaluationShown, roundRatingToHalf } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { memberAuditEntries } from '../audit/audit.service';
import type { SessionEvaluation } from '../evaluations/evaluation.types';
import { findWorkGroup } from './group-work.service';
import type {
  PeerGroupEvaluation,
  PeerGroupEvaluationInput,
  PeerHistoryTrack,
  PeerTrackOverview,
} from './group-work.types';

/**
 * A group is idle when it has no meeting (not cancelled) from two months ago on, planned ones
 * included: the overview flags it and the weekly nudge (group-nudges.ts) writes to its members.
 */
export const IDLE_AFTER = `interval '2 months'`;

/**
 * The end of a track: each member municipality's evaluation of its group (released like session
 * evaluations), staff's overview of the groups at work, and a municipality's history of tracks and
 * partners.
 */
export class PeerGroupOverviewService {
  constructor(private readonly db: DataSource) {}

  /**
   * Once per member municipality, by a coordinator, while the track runs and its evaluation window
   * is open (`evaluation_closes_at`); afterwards `EVALUATION_CLOSED`, a second answer `ALREADY_EVALUATED`.
   */
  async evaluate(acting: Acting, groupId: string, input: PeerGroupEvaluationInput): Promise<PeerGroupEvaluation> {
    return runConfidential(this.db, acting, Permission.PEER_GROUP_EVALUATE, async (work) => {
      const group = await findWorkGroup(work, groupId);
      const now = Date.now();
      if (!group.evaluationClosesAt || new Date(group.startsOn).getTime() > now) {
        throw new ConflictError('EVALUATION_NOT_OPEN', 'The evaluation of this track is not open yet.');
      }
      if (group.evaluationClosesAt.getTime() <= now) {
        throw new ConflictError('EVALUATION_CLOSED', 'The evaluation of this track has closed.');
      }
      const [row] = await work.tx.query<{ rating: number; comment: string; created_at: Date }[]>(
        `INSERT INTO peer_group_evaluations (group_id, track_id, region_id, municipality_id, user_id, rating, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (group_id, municipality_id) DO NOTHING
         RETURNING rating, comment, created_at`,
        [
          group.id,
          group.trackId,
          group.regionId,
          acting.viewer.municipalityId,
          acting.viewer.userId,
          input.rating,
          input.comment.trim(),
        ],
      );
      if (!row) {
        throw new ConflictError('ALREADY_EVALUATED', 'Your municipality evaluated this group already.');
      }
      await work.audit([
        {
          municipalityId: acting.viewer.municipalityId!,
          action: 'CREATE',
          entity: 'peer_group',
          entityId: group.id,
          details: { evaluation: true },
        },
      ]);
      return { rating: row.rating, comment: row.comment, createdAt: row.created_at };
    });
  }

  /**
   * Staff's view of a track's published groups: meetings planned and held, last activity, how many
   * answered the evaluation, and whether the group is idle; the evaluation in aggregate once
   * released. A fixed number of statements, however many groups.
   */
  async overview(acting: Acting, trackId: string, now = new Date()): Promise<PeerTrackOverview> {
    return runConfidential(this.db, acting, Permission.TRACK_MANAGE, async (work) => {
      const scope = work.scope('t');
      const [track] = isUuid(trackId)
        ? await work.tx
            .createQueryBuilder()
            .select('t.id AS id, t.evaluation_closes_at AS evaluation_closes_at, r.disclosure_threshold AS k')
            .from('peer_tracks', 't')
            .innerJoin('regions', 'r', 'r.id = t.region_id')
            .where(scope.sql, scope.params)
            .andWhere('t.id = :trackId', { trackId })
            .getRawMany<{ id: string; evaluation_closes_at: Date | null; k: number }>()
        : [];
      if (!track) {
        throw new NotFoundError('Track');
      }
      const groups = await work.tx.query<
        {
          id: string;
          planned: number;
          held: number;
          last_activity: Date | null;
          last_nudged_at: Date | null;
          idle: boolean;
        }[]
      >(
        `SELECT g.id,
                count(mt.id) FILTER (WHERE mt.status <> 'CANCELLED' AND mt.starts_at > $2)::int AS planned,
                count(mt.id) FILTER (WHERE mt.status <> 'CANCELLED' AND mt.starts_at <= $2)::int AS held,
                greatest(max(mt.updated_at), (SELECT max(l.updated_at) FROM peer_group_log_entries l
                                                WHERE l.group_id = g.id)) AS last_activity,
                (SELECT max(n.nudged_at) FROM peer_group_nudges n WHERE n.group_id = g.id) AS last_nudged_at,
                -- As the nudge (group-jobs.ts) decides: a track that has ended is done, and a group
                -- published (or a track started) less than two months ago has not had the time.
                count(mt.id) FILTER (WHERE mt.status <> 'CANCELLED'
                                       AND mt.starts_at > $2::timestamptz - ${IDLE_AFTER}) = 0
                  AND (SELECT t.ends_on >= $2::timestamptz::date
                              AND greatest(p.published_at, t.starts_on::timestamptz) <= $2::timestamptz - ${IDLE_AFTER}
                         FROM peer_tracks t WHERE t.id = $1) AS idle
           FROM peer_groups g
           JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
           LEFT JOIN peer_group_meetings mt ON mt.group_id = g.id
          WHERE g.track_id = $1
          GROUP BY g.id, g.position, p.published_at ORDER BY g.position, g.id`,
        [track.id, now],
      );
      const members = await work.tx.query<{ group_id: string; municipality_id: string; name: string }[]>(
        `SELECT m.group_id, m.municipality_id, mu.name FROM peer_group_members m
           JOIN municipalities mu ON mu.id = m.municipality_id
          WHERE m.group_id = ANY($1::uuid[]) ORDER BY mu.name`,
        [groups.map((g) => g.id)],
      );
      const counts = new Map(
        (
          await work.tx.query<{ group_id: string; responses: number }[]>(
            'SELECT group_id, responses FROM rd_peer_evaluation_counts($1)',
            [track.id],
          )
        ).map((c) => [c.group_id, c.responses]),
      );
      const responses = [...counts.values()].reduce((sum, n) => sum + n, 0);
      const evaluation = track.evaluation_closes_at
        ? await this.trackEvaluation(work.tx, track.id, track.evaluation_closes_at, track.k, responses, now)
        : null;
      await work.audit(
        groups.flatMap((g) =>
          memberAuditEntries(
            members.filter((m) => m.group_id === g.id).map((m) => m.municipality_id),
            { action: 'READ', entity: 'peer_group', entityId: g.id, details: { overview: true } },
          ),
        ),
      );
      return {
        trackId: track.id,
        groups: groups.map((g) => ({
          groupId: g.id,
          members: members
            .filter((m) => m.group_id === g.id)
            .map((m) => ({ municipalityId: m.municipality_id, name: m.name })),
          meetingsPlanned: g.planned,
          meetingsHeld: g.held,
          lastActivityAt: g.last_activity,
          lastNudgedAt: g.last_nudged_at,
          evaluationResponses: counts.get(g.id) ?? 0,
          idle: g.idle,
        })),
        evaluation,
      };
    });
  }

  /** The session rules: nothing but the count until the window closes, then results from k responses on. */
  private async trackEvaluation(
    tx: { query: DataSource['query'] },
    trackId: string,
    releasesAt: Date,
    k: number,
    responses: number,
    now: Date,
  ): Promise<SessionEvaluation> {
    const released = releasesAt.getTime() <= now.getTime();
    const withheld = {
      responses,
      released,
      releasesAt,
      minimumResponses: k,
      suppressed: true,
      averageRating: null,
      comments: [],
    };
    if (!released || !evaluationShown(responses, k)) {
      return withheld;
    }
    // Row-level security lets staff read the answers only now; random order, no names.
    const [row] = await tx.query<{ average: number; comments: string[] }[]>(
      `SELECT avg(rating)::float8 AS average,
              coalesce(array_agg(comment ORDER BY random()) FILTER (WHERE comment <> ''), '{}') AS comments
         FROM peer_group_evaluations WHERE track_id = $1`,
      [trackId],
    );
    return { ...withheld, suppressed: false, averageRating: roundRatingToHalf(row!.average), comments: row!.comments };
  }

  /**
   * The tracks the viewer's municipality took part in, newest first, with its partners there: those
   * of the current publication and of groups a later publication replaced.
   */
  async history(acting: Acting): Promise<PeerHistoryTrack[]> {
    return runConfidential(this.db, acting, Permission.PEER_GROUP_READ, async (work) => {
      const rows = await work.tx.query<
        {
          track_id: string;
          group_id: string;
          current: boolean;
          partner_id: string;
          partner_name: string;
          title: string;
          starts_on: string;
          ends_on: string;
        }[]
      >(
        `SELECT h.track_id, h.group_id, h.current, h.partner_id, mu.name AS partner_name, t.title,
                t.starts_on::text AS starts_on, t.ends_on::text AS ends_on
           FROM rd_peer_history() h
           JOIN peer_tracks t ON t.id = h.track_id
           JOIN municipalities mu ON mu.id = h.partner_id
          ORDER BY t.starts_on DESC, t.id, h.current DESC, mu.name`,
      );
      const own = acting.viewer.municipalityId!;
      const groups = new Map<string, string[]>();
      for (const r of rows) {
        groups.set(r.group_id, [...(groups.get(r.group_id) ?? [own]), r.partner_id]);
      }
      await work.audit(
        [...groups].flatMap(([groupId, municipalityIds]) =>
          memberAuditEntries(municipalityIds, { action: 'READ', entity: 'peer_group', entityId: groupId }),
        ),
      );
      const tracks = new Map<string, PeerHistoryTrack>();
      for (const r of rows) {
        const track = tracks.get(r.track_id) ?? {
          trackId: r.track_id,
          title: r.title,
          startsOn: r.starts_on,
          endsOn: r.ends_on,
          partners: [],
        };
        tracks.set(r.track_id, track);
        // Current rows come first: a partner of both the current and a replaced group shows once, as current.
        if (!track.partners.some((p) => p.municipalityId === r.partner_id)) {
          track.partners.push({ municipalityId: r.partner_id, name: r.partner_name, current: r.current });
        }
      }
      return [...tracks.values()];
    });
  }
}
