import { bandCount } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can, canOn } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { BadInputError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import { findProgramme } from '../programmes/programme.service';
import type { GroupForm } from './track.entity';
import type { PeerTrack, PeerTrackFilter, PeerTrackGoal, PeerTrackInput, PeerTrackTheme } from './track.types';

interface TrackRow {
  id: string;
  region_id: string;
  programme_id: string;
  title: string;
  description: string;
  starts_on: string;
  ends_on: string;
  enrolment_opens_at: Date;
  enrolment_closes_at: Date;
  group_form: GroupForm;
  multiple_groups_allowed: boolean;
  evaluation_closes_at: Date | null;
  version: number;
  created_at: Date;
  enrolled: number;
  published_groups: number | null;
  k: number;
  n: number;
}

/** A track as the services use it (without goals, themes and counts). */
export type TrackRecord = Pick<
  TrackRow,
  'id' | 'region_id' | 'starts_on' | 'ends_on' | 'enrolment_opens_at' | 'enrolment_closes_at' | 'version'
> &
  Pick<TrackRow, 'group_form' | 'multiple_groups_allowed' | 'title'>;

/** Whether enrolment is open at `now`: from the opening moment up to (not including) the closing one. */
export const enrolmentOpen = (track: Pick<TrackRow, 'enrolment_opens_at' | 'enrolment_closes_at'>, now = new Date()) =>
  track.enrolment_opens_at <= now && now < track.enrolment_closes_at;

const TRACK_COLUMNS = `t.id, t.region_id, t.programme_id, t.title, t.description, t.starts_on::text AS starts_on,
  t.ends_on::text AS ends_on, t.enrolment_opens_at, t.enrolment_closes_at, t.group_form, t.multiple_groups_allowed,
  t.evaluation_closes_at, t.version, t.created_at`;

/**
 * Peer-learning tracks: the programme's offer, scoped to the viewer's region. Reads run in the
 * viewer's transaction because the enrolment count comes from `rd_peer_enrolment_count`, which
 * counts for the session's region only; everyone but programme staff gets it banded by the k rule.
 */
export class PeerTrackService {
  constructor(private readonly db: DataSource) {}

  async list(viewer: Viewer, filter: PeerTrackFilter): Promise<PeerTrack[]> {
    if ((filter.programmeId && !isUuid(filter.programmeId)) || (filter.themeId && !isUuid(filter.themeId))) {
      return [];
    }
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const rows = await tx.query<TrackRow[]>(
        `SELECT ${TRACK_COLUMNS}, rd_peer_enrolment_count(t.id) AS enrolled,
                rd_peer_published_group_count(t.id) AS published_groups,
                r.disclosure_threshold AS k, (SELECT count(*)::int FROM municipalities m WHERE m.region_id = r.id) AS n
           FROM peer_tracks t JOIN regions r ON r.id = t.region_id
          WHERE t.region_id = $1
            AND ($2::uuid IS NULL OR t.programme_id = $2)
            AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM peer_track_themes tt WHERE tt.track_id = t.id AND tt.theme_id = $3))
          ORDER BY t.starts_on DESC, lower(t.title), t.id`,
        [requireRegionId(viewer.regionId), filter.programmeId ?? null, filter.themeId ?? null],
      );
      return this.complete(tx, viewer, rows);
    });
  }

  async byId(viewer: Viewer, id: string): Promise<PeerTrack> {
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const rows = await tx.query<TrackRow[]>(
        `SELECT ${TRACK_COLUMNS}, rd_peer_enrolment_count(t.id) AS enrolled,
                rd_peer_published_group_count(t.id) AS published_groups,
                r.disclosure_threshold AS k, (SELECT count(*)::int FROM municipalities m WHERE m.region_id = r.id) AS n
           FROM peer_tracks t JOIN regions r ON r.id = t.region_id
          WHERE t.region_id = $1 AND t.id = $2`,
        [requireRegionId(viewer.regionId), isUuid(id) ? id : null],
      );
      if (!rows.length) {
        throw new NotFoundError('Track');
      }
      return (await this.complete(tx, viewer, rows))[0]!;
    });
  }

  async create(viewer: Viewer, input: PeerTrackInput): Promise<PeerTrack> {
    const id = await inViewerTransaction(this.db, viewer, async (tx) => {
      const values = await checkInput(tx, viewer.regionId, input);
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO peer_tracks (region_id, programme_id, title, description, starts_on, ends_on, enrolment_opens_at,
                                  enrolment_closes_at, group_form, multiple_groups_allowed, evaluation_closes_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [viewer.regionId, ...values, viewer.userId],
      );
      await this.writeChildren(tx, viewer.regionId, row!.id, input, false);
      return row!.id;
    });
    return this.byId(viewer, id);
  }

  /** Replaces every field, the themes and the goals (goals keep their id by position). */
  async update(viewer: Viewer, id: string, input: PeerTrackInput, expectedVersion: number): Promise<PeerTrack> {
    await inViewerTransaction(this.db, viewer, async (tx) => {
      const track = await findTrack(tx, viewer.regionId, id, true);
      checkVersion(track, expectedVersion, 'track');
      const values = await checkInput(tx, viewer.regionId, input);
      await tx.query(
        `UPDATE peer_tracks SET programme_id = $2, title = $3, description = $4, starts_on = $5, ends_on = $6,
                enrolment_opens_at = $7, enrolment_closes_at = $8, group_form = $9, multiple_groups_allowed = $10,
                evaluation_closes_at = $11, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [track.id, ...values],
      );
      await this.writeChildren(tx, viewer.regionId, track.id, input, true);
    });
    return this.byId(viewer, id);
  }

  private async writeChildren(
    tx: EntityManager,
    regionId: string,
    trackId: string,
    input: PeerTrackInput,
    replace: boolean,
  ): Promise<void> {
    if (replace) {
      await tx.query('DELETE FROM peer_track_themes WHERE track_id = $1', [trackId]);
      await tx.query('DELETE FROM peer_track_goals WHERE track_id = $1 AND position >= $2', [
        trackId,
        input.goals.length,
      ]);
    }
    await tx.query(`INSERT INTO peer_track_themes (track_id, theme_id, region_id) SELECT $1, unnest($2::uuid[]), $3`, [
      trackId,
      [...new Set(input.themeIds)],
      regionId,
    ]);
    await tx.query(
      `INSERT INTO peer_track_goals (track_id, region_id, position, title)
       SELECT $1, $2, g.position - 1, btrim(g.title) FROM unnest($3::text[]) WITH ORDINALITY AS g(title, position)
       ON CONFLICT (track_id, position) DO UPDATE SET title = EXCLUDED.title`,
      [trackId, regionId, input.goals],
    );
  }

  /** Goals and themes of the tracks (one query each), the count banded, and what the viewer may do. */
  private async complete(tx: EntityManager, viewer: Viewer, rows: TrackRow[]): Promise<PeerTrack[]> {
    const ids = rows.map((r) => r.id);
    const goals = await tx.query<(PeerTrackGoal & { track_id: string })[]>(
      `SELECT id, track_id, position, title FROM peer_track_goals WHERE track_id = ANY($1::uuid[]) ORDER BY position`,
      [ids],
    );
    const themes = await tx.query<(PeerTrackTheme & { track_id: string })[]>(
      `SELECT tt.track_id, t.id, t.title FROM peer_track_themes tt JOIN themes t ON t.id = tt.theme_id
        WHERE tt.track_id = ANY($1::uuid[]) ORDER BY lower(t.title)`,
      [ids],
    );
    const staff = can(viewer, Permission.TRACK_MANAGE);
    const now = new Date();
    return rows.map((r) => {
      const enrolmentCount = staff
        ? { kind: 'EXACT' as const, value: r.enrolled, bound: null }
        : toCountBand(bandCount(r.enrolled, r.n, r.k));
      return {
        id: r.id,
        programmeId: r.programme_id,
        title: r.title,
        description: r.description,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        enrolmentOpensAt: r.enrolment_opens_at,
        enrolmentClosesAt: r.enrolment_closes_at,
        enrolmentOpen: enrolmentOpen(r, now),
        enrolmentStatus: enrolmentStatus(r, now),
        groupForm: r.group_form,
        multipleGroupsAllowed: r.multiple_groups_allowed,
        evaluationClosesAt: r.evaluation_closes_at,
        version: r.version,
        createdAt: r.created_at,
        goals: goals.filter((g) => g.track_id === r.id).map(({ id, position, title }) => ({ id, position, title })),
        themes: themes.filter((t) => t.track_id === r.id).map(({ id, title }) => ({ id, title })),
        enrolmentCount: enrolmentCount,
        ...publishedGroups(r, enrolmentCount.kind === 'EXACT'),
        viewerCan: {
          manage: canOn(viewer, Permission.TRACK_MANAGE, { regionId: r.region_id }),
          enrol:
            enrolmentOpen(r, now) &&
            canOn(viewer, Permission.TRACK_ENROL, { regionId: r.region_id, municipalityId: viewer.municipalityId }),
        },
      };
    });
  }
}

/** Before, during or after the enrolment window. */
function enrolmentStatus(track: Pick<TrackRow, 'enrolment_opens_at' | 'enrolment_closes_at'>, now: Date) {
  if (now < track.enrolment_opens_at) {
    return 'UPCOMING' as const;
  }
  return enrolmentOpen(track, now) ? ('OPEN' as const) : ('CLOSED' as const);
}

/**
 * The number of published groups, only where the enrolment count itself may be shown: below k or
 * above n − k, groups × 2 (or whether there are groups at all) would give the banded count away.
 */
function publishedGroups(row: Pick<TrackRow, 'published_groups'>, countDisclosed: boolean) {
  return countDisclosed
    ? { publishedGroupCount: row.published_groups, publishedGroupCountWithheld: false }
    : { publishedGroupCount: null, publishedGroupCountWithheld: true };
}

function toCountBand(band: ReturnType<typeof bandCount>) {
  return band.kind === 'EXACT'
    ? { kind: band.kind, value: band.value, bound: null }
    : { kind: band.kind, value: null, bound: band.bound };
}

/** A track of the region, optionally under a row lock; NOT_FOUND otherwise. */
export async function findTrack(tx: EntityManager, regionId: string, id: string, lock = false): Promise<TrackRecord> {
  const rows = isUuid(id)
    ? await tx.query<TrackRecord[]>(
        `SELECT id, region_id, title, starts_on::text AS starts_on, ends_on::text AS ends_on, enrolment_opens_at,
                enrolment_closes_at, group_form, multiple_groups_allowed, version
           FROM peer_tracks WHERE id = $1 AND region_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
        [id, requireRegionId(regionId)],
      )
    : [];
  if (!rows[0]) {
    throw new NotFoundError('Track');
  }
  return rows[0];
}

/** Checks what the database cannot see and returns the column values in the order of the INSERT. */
async function checkInput(tx: EntityManager, regionId: string, input: PeerTrackInput) {
  const programme = await findProgramme(tx, regionId, input.programmeId).catch(() => {
    throw new BadInputError('This programme does not exist.', [{ field: 'programmeId', reason: 'UNKNOWN_PROGRAMME' }]);
  });
  const problems: FieldProblem[] = [];
  const themeIds = [...new Set(input.themeIds)];
  const themes = await tx.query<unknown[]>('SELECT id FROM themes WHERE region_id = $1 AND id = ANY($2::uuid[])', [
    regionId,
    themeIds,
  ]);
  if (themes.length !== themeIds.length) {
    problems.push({ field: 'themeIds', reason: 'UNKNOWN_THEME' });
  }
  if (input.endsOn < input.startsOn) {
    problems.push({ field: 'endsOn', reason: 'ENDS_BEFORE_START' });
  }
  const startYear = Number(input.startsOn.slice(0, 4));
  const endYear = Number(input.endsOn.slice(0, 4));
  if (startYear < programme.startYear || endYear > programme.endYear) {
    problems.push({ field: 'startsOn', reason: 'OUTSIDE_PROGRAMME_PERIOD' });
  }
  if (input.enrolmentClosesAt <= input.enrolmentOpensAt) {
    problems.push({ field: 'enrolmentClosesAt', reason: 'ENDS_BEFORE_START' });
  }
  if (input.evaluationClosesAt && input.evaluationClosesAt <= input.enrolmentClosesAt) {
    problems.push({ field: 'evaluationClosesAt', reason: 'ENDS_BEFORE_START' });
  }
  if (problems.length) {
    throw new BadInputError('Some fields are not valid.', problems);
  }
  return [
    programme.id,
    input.title.trim(),
    (input.description ?? '').trim(),
    input.startsOn,
    input.endsOn,
    input.enrolmentOpensAt,
    input.enrolmentClosesAt,
    input.groupForm,
    input.multipleGroupsAllowed,
    input.evaluationClosesAt ?? null,
  ];
}
