import type { DataSource } from 'typeorm';
import { runConfidential, type ConfidentialWork } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import type { Acting, Viewer } from '../../access/viewer';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import { memberAuditEntries } from '../audit/audit.service';
import type {
  PeerGroupWork,
  PeerLogEntry,
  PeerLogInput,
  PeerMeeting,
  PeerMeetingInput,
  PeerMeetingKind,
  PeerMeetingStatus,
} from './group-work.types';

/** A published group as the services of groups at work need it. */
export interface WorkGroup {
  id: string;
  trackId: string;
  trackTitle: string;
  regionId: string;
  startsOn: string;
  evaluationClosesAt: Date | null;
  members: { municipalityId: string; name: string }[];
}

interface MeetingRow {
  id: string;
  group_id: string;
  kind: PeerMeetingKind;
  starts_at: Date;
  ends_at: Date;
  location: string;
  online_url: string | null;
  host_municipality_id: string | null;
  host_name: string | null;
  status: PeerMeetingStatus;
  version: number;
}

interface LogRow {
  id: string;
  meeting_id: string;
  author_user_id: string;
  author_name: string;
  municipality_name: string;
  discussed: string;
  agreed: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Staff follow every group of their region; members work in their own municipality's groups. */
export const readPermission = (viewer: Viewer) =>
  can(viewer, Permission.TRACK_MANAGE) ? Permission.TRACK_MANAGE : Permission.PEER_GROUP_READ;
const planPermission = (viewer: Viewer) =>
  can(viewer, Permission.TRACK_MANAGE) ? Permission.TRACK_MANAGE : Permission.PEER_GROUP_WORK;

/**
 * A group of a published proposal within the operation's scope (region for staff, membership for
 * members), or NOT_FOUND: another municipality's group answers like one that does not exist.
 */
export async function findWorkGroup(work: ConfidentialWork, groupId: string): Promise<WorkGroup> {
  const scope = work.scope('g', { members: { table: 'peer_group_members', record: 'group_id' } });
  const [row] = isUuid(groupId)
    ? await work.tx
        .createQueryBuilder()
        .select(
          `g.id AS id, g.track_id AS track_id, g.region_id AS region_id, t.title AS title,
           t.starts_on::text AS starts_on, t.evaluation_closes_at AS evaluation_closes_at`,
        )
        .from('peer_groups', 'g')
        .innerJoin('peer_tracks', 't', 't.id = g.track_id')
        .where(scope.sql, scope.params)
        .andWhere('g.id = :groupId', { groupId })
        // Members cannot read proposals: row-level security shows them only groups of a published
        // one (rd_peer_group_visible). Staff see drafts too, so for them the service says it.
        .andWhere(
          can(work.acting.viewer, Permission.TRACK_MANAGE)
            ? `EXISTS (SELECT 1 FROM peer_proposals p WHERE p.id = g.proposal_id AND p.status = 'PUBLISHED')`
            : 'TRUE',
        )
        .getRawMany<{
          id: string;
          track_id: string;
          region_id: string;
          title: string;
          starts_on: string;
          evaluation_closes_at: Date | null;
        }>()
    : [];
  if (!row) {
    throw new NotFoundError('Group');
  }
  const members = await work.tx.query<{ municipality_id: string; name: string }[]>(
    `SELECT m.municipality_id, mu.name FROM peer_group_members m JOIN municipalities mu ON mu.id = m.municipality_id
      WHERE m.group_id = $1 ORDER BY mu.name`,
    [row.id],
  );
  return {
    id: row.id,
    trackId: row.track_id,
    trackTitle: row.title,
    regionId: row.region_id,
    startsOn: row.starts_on,
    evaluationClosesAt: row.evaluation_closes_at,
    members: members.map((m) => ({ municipalityId: m.municipality_id, name: m.name })),
  };
}

const MEETING_COLUMNS = `mt.id, mt.group_id, mt.kind, mt.starts_at, mt.ends_at, mt.location, mt.online_url,
  mt.host_municipality_id, h.name AS host_name, mt.status, mt.version`;

/**
 * Groups at work: their meetings (planned, edited with a version, cancelled by members or staff)
 * and each meeting's shared log (written by members). Everything runs through `runConfidential`, so
 * row-level security, the membership scope and the audit log (one entry per member municipality)
 * hold for every read and write.
 */
export class PeerGroupWorkService {
  constructor(private readonly db: DataSource) {}

  async work(acting: Acting, groupId: string): Promise<PeerGroupWork> {
    return runConfidential(this.db, acting, readPermission(acting.viewer), async (work) => {
      const group = await findWorkGroup(work, groupId);
      const meetings = await work.tx.query<MeetingRow[]>(
        `SELECT ${MEETING_COLUMNS} FROM peer_group_meetings mt LEFT JOIN municipalities h ON h.id = mt.host_municipality_id
          WHERE mt.group_id = $1 ORDER BY mt.starts_at, mt.id`,
        [group.id],
      );
      const log = await work.tx.query<LogRow[]>(
        `SELECT l.id, l.meeting_id, l.author_user_id, u.name AS author_name, mu.name AS municipality_name,
                l.discussed, l.agreed, l.version, l.created_at, l.updated_at
           FROM peer_group_log_entries l JOIN users u ON u.id = l.author_user_id
           JOIN municipalities mu ON mu.id = l.author_municipality_id
          WHERE l.group_id = $1 ORDER BY l.created_at, l.id`,
        [group.id],
      );
      const viewer = acting.viewer;
      const [mine] =
        viewer.municipalityId && can(viewer, Permission.PEER_GROUP_EVALUATE)
          ? await work.tx.query<{ rating: number; comment: string; created_at: Date }[]>(
              `SELECT rating, comment, created_at FROM peer_group_evaluations WHERE group_id = $1 AND municipality_id = $2`,
              [group.id, viewer.municipalityId],
            )
          : [];
      await work.audit(
        memberAuditEntries(
          group.members.map((m) => m.municipalityId),
          { action: 'READ', entity: 'peer_group_log', entityId: group.id, details: { entries: log.length } },
        ),
      );
      const now = Date.now();
      const evaluationOpen =
        group.evaluationClosesAt !== null &&
        group.evaluationClosesAt.getTime() > now &&
        new Date(group.startsOn).getTime() <= now;
      return {
        groupId: group.id,
        trackId: group.trackId,
        trackTitle: group.trackTitle,
        members: group.members,
        meetings: meetings.map((m) => toMeeting(m, log, viewer)),
        evaluationClosesAt: group.evaluationClosesAt,
        myEvaluation: mine ? { rating: mine.rating, comment: mine.comment, createdAt: mine.created_at } : null,
        viewerCan: {
          planMeetings: can(viewer, Permission.TRACK_MANAGE) || can(viewer, Permission.PEER_GROUP_WORK),
          writeLog: can(viewer, Permission.PEER_GROUP_WORK),
          evaluate: evaluationOpen && !mine && can(viewer, Permission.PEER_GROUP_EVALUATE),
        },
      };
    });
  }

  async planMeeting(acting: Acting, groupId: string, input: PeerMeetingInput): Promise<PeerMeeting> {
    return runConfidential(this.db, acting, planPermission(acting.viewer), async (work) => {
      const group = await findWorkGroup(work, groupId);
      checkMeeting(group, input);
      const [row] = await work.tx.query<{ id: string }[]>(
        `INSERT INTO peer_group_meetings (group_id, region_id, kind, starts_at, ends_at, location, online_url,
                                            host_municipality_id, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          group.id,
          group.regionId,
          input.kind,
          input.startsAt,
          input.endsAt,
          input.location.trim(),
          input.onlineUrl || null,
          input.hostMunicipalityId ?? null,
          acting.viewer.userId,
        ],
      );
      await this.auditMeeting(work, group, 'CREATE', row!.id);
      return this.meeting(work, row!.id);
    });
  }

  async updateMeeting(
    acting: Acting,
    meetingId: string,
    expectedVersion: number,
    input: PeerMeetingInput,
  ): Promise<PeerMeeting> {
    return runConfidential(this.db, acting, planPermission(acting.viewer), async (work) => {
      const { group, meeting } = await this.lockMeeting(work, meetingId);
      checkVersion(meeting, expectedVersion, 'meeting');
      if (meeting.status === 'CANCELLED') {
        throw new ConflictError('MEETING_CANCELLED', 'This meeting was cancelled.');
      }
      checkMeeting(group, input);
      await work.tx.query(
        `UPDATE peer_group_meetings SET kind = $2, starts_at = $3, ends_at = $4, location = $5, online_url = $6,
                  host_municipality_id = $7, version = version + 1 WHERE id = $1`,
        [
          meeting.id,
          input.kind,
          input.startsAt,
          input.endsAt,
          input.location.trim(),
          input.onlineUrl || null,
          input.hostMunicipalityId ?? null,
        ],
      );
      await this.auditMeeting(work, group, 'UPDATE', meeting.id);
      return this.meeting(work, meeting.id);
    });
  }

  /** A cancelled meeting stays, with STATUS:CANCELLED in the calendars. */
  async cancelMeeting(acting: Acting, meetingId: string, expectedVersion: number): Promise<PeerMeeting> {
    return runConfidential(this.db, acting, planPermission(acting.viewer), async (work) => {
      const { group, meeting } = await this.lockMeeting(work, meetingId);
      checkVersion(meeting, expectedVersion, 'meeting');
      if (meeting.status === 'CANCELLED') {
        throw new ConflictError('MEETING_CANCELLED', 'This meeting was cancelled already.');
      }
      await work.tx.query(`UPDATE peer_group_meetings SET status = 'CANCELLED', version = version + 1 WHERE id = $1`, [
        meeting.id,
      ]);
      await this.auditMeeting(work, group, 'STATUS', meeting.id);
      return this.meeting(work, meeting.id);
    });
  }

  async addLogEntry(acting: Acting, meetingId: string, input: PeerLogInput): Promise<PeerLogEntry> {
    return runConfidential(this.db, acting, Permission.PEER_GROUP_WORK, async (work) => {
      const { group, meeting } = await this.lockMeeting(work, meetingId);
      if (meeting.status === 'CANCELLED') {
        throw new ConflictError('MEETING_CANCELLED', 'A cancelled meeting has no log.');
      }
      checkLog(input);
      const [row] = await work.tx.query<{ id: string }[]>(
        `INSERT INTO peer_group_log_entries (meeting_id, group_id, region_id, author_user_id, author_municipality_id,
                                             discussed, agreed)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          meeting.id,
          group.id,
          group.regionId,
          acting.viewer.userId,
          acting.viewer.municipalityId,
          input.discussed.trim(),
          input.agreed.trim(),
        ],
      );
      await this.auditLog(work, group, 'CREATE', row!.id);
      return this.logEntry(work, row!.id);
    });
  }

  /** Only the author edits an entry (others append their own); the version guards concurrent edits. */
  async updateLogEntry(
    acting: Acting,
    entryId: string,
    expectedVersion: number,
    input: PeerLogInput,
  ): Promise<PeerLogEntry> {
    return runConfidential(this.db, acting, Permission.PEER_GROUP_WORK, async (work) => {
      const [entry] = isUuid(entryId)
        ? await work.tx.query<{ id: string; group_id: string; author_user_id: string; version: number }[]>(
            `SELECT id, group_id, author_user_id, version FROM peer_group_log_entries WHERE id = $1 FOR UPDATE`,
            [entryId],
          )
        : [];
      if (!entry) {
        throw new NotFoundError('Log entry');
      }
      const group = await findWorkGroup(work, entry.group_id).catch((error: unknown) => {
        throw error instanceof NotFoundError ? new NotFoundError('Log entry') : error;
      });
      if (entry.author_user_id !== acting.viewer.userId) {
        throw new ForbiddenError('Only its author edits a log entry.');
      }
      checkVersion(entry, expectedVersion, 'log entry');
      checkLog(input);
      await work.tx.query(
        `UPDATE peer_group_log_entries SET discussed = $2, agreed = $3, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [entry.id, input.discussed.trim(), input.agreed.trim()],
      );
      await this.auditLog(work, group, 'UPDATE', entry.id);
      return this.logEntry(work, entry.id);
    });
  }

  private async lockMeeting(
    work: ConfidentialWork,
    meetingId: string,
  ): Promise<{ group: WorkGroup; meeting: { id: string; status: PeerMeetingStatus; version: number } }> {
    const [meeting] = isUuid(meetingId)
      ? await work.tx.query<{ id: string; group_id: string; status: PeerMeetingStatus; version: number }[]>(
          'SELECT id, group_id, status, version FROM peer_group_meetings WHERE id = $1 FOR UPDATE',
          [meetingId],
        )
      : [];
    if (!meeting) {
      throw new NotFoundError('Meeting');
    }
    // Row-level security shows a meeting to the group's members and staff; the scope says the same
    // for the operation's permission (a participant reads, only PEER_GROUP_WORK writes).
    const group = await findWorkGroup(work, meeting.group_id).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('Meeting') : error;
    });
    return { group, meeting };
  }

  private async meeting(work: ConfidentialWork, id: string): Promise<PeerMeeting> {
    const [row] = await work.tx.query<MeetingRow[]>(
      `SELECT ${MEETING_COLUMNS} FROM peer_group_meetings mt LEFT JOIN municipalities h ON h.id = mt.host_municipality_id
        WHERE mt.id = $1`,
      [id],
    );
    const log = await work.tx.query<LogRow[]>(
      `SELECT l.id, l.meeting_id, l.author_user_id, u.name AS author_name, mu.name AS municipality_name,
              l.discussed, l.agreed, l.version, l.created_at, l.updated_at
         FROM peer_group_log_entries l JOIN users u ON u.id = l.author_user_id
         JOIN municipalities mu ON mu.id = l.author_municipality_id
        WHERE l.meeting_id = $1 ORDER BY l.created_at, l.id`,
      [id],
    );
    return toMeeting(row!, log, work.acting.viewer);
  }

  private async logEntry(work: ConfidentialWork, id: string): Promise<PeerLogEntry> {
    const [row] = await work.tx.query<LogRow[]>(
      `SELECT l.id, l.meeting_id, l.author_user_id, u.name AS author_name, mu.name AS municipality_name,
              l.discussed, l.agreed, l.version, l.created_at, l.updated_at
         FROM peer_group_log_entries l JOIN users u ON u.id = l.author_user_id
         JOIN municipalities mu ON mu.id = l.author_municipality_id
        WHERE l.id = $1`,
      [id],
    );
    return toLogEntry(row!, work.acting.viewer);
  }

  private auditMeeting(work: ConfidentialWork, group: WorkGroup, action: 'CREATE' | 'UPDATE' | 'STATUS', id: string) {
    return work.audit(
      memberAuditEntries(
        group.members.map((m) => m.municipalityId),
        { action, entity: 'peer_group', entityId: group.id, details: { meetingId: id } },
      ),
    );
  }

  private auditLog(work: ConfidentialWork, group: WorkGroup, action: 'CREATE' | 'UPDATE', id: string) {
    return work.audit(
      memberAuditEntries(
        group.members.map((m) => m.municipalityId),
        { action, entity: 'peer_group_log', entityId: id, details: { groupId: group.id } },
      ),
    );
  }
}

function checkMeeting(group: WorkGroup, input: PeerMeetingInput): void {
  const problems: FieldProblem[] = [];
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: 'endsAt', reason: 'ENDS_BEFORE_START' });
  }
  if (!input.location.trim() && !input.onlineUrl) {
    problems.push({ field: 'location', reason: 'PLACE_REQUIRED' });
  }
  if (input.hostMunicipalityId && !group.members.some((m) => m.municipalityId === input.hostMunicipalityId)) {
    problems.push({ field: 'hostMunicipalityId', reason: 'HOST_NOT_MEMBER' });
  }
  if (problems.length) {
    throw new BadInputError('The meeting is not valid.', problems);
  }
}

function checkLog(input: PeerLogInput): void {
  if (!input.discussed.trim() && !input.agreed.trim()) {
    throw new BadInputError('A log entry says what was discussed or agreed.', [
      { field: 'discussed', reason: 'REQUIRED' },
    ]);
  }
}

function toLogEntry(row: LogRow, viewer: Viewer): PeerLogEntry {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    authorName: row.author_name,
    authorMunicipalityName: row.municipality_name,
    discussed: row.discussed,
    agreed: row.agreed,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    viewerCanEdit: row.author_user_id === viewer.userId && can(viewer, Permission.PEER_GROUP_WORK),
  };
}

function toMeeting(row: MeetingRow, log: LogRow[], viewer: Viewer): PeerMeeting {
  return {
    id: row.id,
    groupId: row.group_id,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    onlineUrl: row.online_url,
    hostMunicipalityId: row.host_municipality_id,
    hostMunicipalityName: row.host_name,
    status: row.status,
    version: row.version,
    log: log.filter((l) => l.meeting_id === row.id).map((l) => toLogEntry(l, viewer)),
  };
}
