import { requirePermission } from '../../access/policy';
import { Permission } from '../../access/permissions';
import { randomUUID } from 'node:crypto';
import { EVALUATION_WINDOW_DAYS_DEFAULT, type ErrorReason } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { isExclusionViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PageInput } from '../../common/paging';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import { findActivity, likePattern } from '../activities/activity.service';
import { afterSessionCancelled, afterSessionUpdated } from '../registrations/seats';
import type { TargetAudience } from '../activities/activity.entity';
import { evaluationClosesAt, LearningSessionEntity, SESSION_TIME_ZONE } from './session.entity';
import type { OverlapQuery, Session, SessionFilter, SessionInput, SessionOverlap, SessionPage } from './session.types';

export const toSession = (s: LearningSessionEntity): Session => ({
  id: s.id,
  seriesId: s.seriesId,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  timeZone: SESSION_TIME_ZONE,
  onlineUrl: s.onlineUrl,
  online: s.onlineUrl !== null,
  capacity: s.capacity,
  registrationDeadline: s.registrationDeadline,
  maxPerMunicipality: s.maxPerMunicipality,
  status: s.status,
  showParticipantNames: s.showParticipantNames,
  evaluationWindowDays: s.evaluationWindowDays,
  evaluationClosesAt: evaluationClosesAt(s),
  version: s.version,
  sequence: s.sequence,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  activityId: s.activityId,
  venueId: s.venueId,
  hostMunicipalityId: s.hostMunicipalityId,
});

const VENUE_CLASH = 'sessions_venue_no_overlap';
const FACILITATOR_CLASH = 'session_facilitators_no_overlap';

/** What a write tried to book, to name the clash after the transaction rolled back. */
interface Booking {
  field: string;
  sessionId: string | null;
  startsAt: Date;
  endsAt: Date;
  venueId: string | null;
  facilitatorIds: string[];
}

/** Sessions of learning activities. Every method takes the region first; none runs unscoped. */
/** The first session a venue or facilitator is already booked for. */
interface ClashRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  facilitator_id: string | null;
  facilitator_name: string | null;
}

export class LearningSessionService {
  constructor(private readonly db: DataSource) {}

  async list(regionId: string, filter: SessionFilter, page: PageInput): Promise<SessionPage> {
    const qb = this.db
      .getRepository(LearningSessionEntity)
      .createQueryBuilder('s')
      .where('s.region_id = :regionId', { regionId: requireRegionId(regionId) });
    if (filter.from) {
      qb.andWhere('s.ends_at > :from', { from: filter.from });
    }
    if (filter.to) {
      qb.andWhere('s.starts_at < :to', { to: filter.to });
    }
    if (filter.activityId) {
      qb.andWhere('s.activity_id = :activityId', { activityId: filter.activityId });
    }
    if (filter.hostMunicipalityId) {
      qb.andWhere('s.host_municipality_id = :hostMunicipalityId', { hostMunicipalityId: filter.hostMunicipalityId });
    }
    if (filter.status) {
      qb.andWhere('s.status = :status', { status: filter.status });
    }
    if (filter.themeId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM activity_themes at WHERE at.activity_id = s.activity_id AND at.theme_id = :themeId)',
        {
          themeId: filter.themeId,
        },
      );
    }
    if (filter.format || filter.programmeId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM learning_activities a WHERE a.id = s.activity_id
           AND (CAST(:format AS text) IS NULL OR a.format = :format)
           AND (CAST(:programmeId AS uuid) IS NULL OR a.programme_id = :programmeId))`,
        { format: filter.format ?? null, programmeId: filter.programmeId ?? null },
      );
    }
    if (filter.search?.trim()) {
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM learning_activities a WHERE a.id = s.activity_id
                   AND (lower(a.title) LIKE :pattern OR lower(a.description) LIKE :pattern))
          OR EXISTS (SELECT 1 FROM venues v WHERE v.id = s.venue_id AND lower(v.name) LIKE :pattern))`,
        { pattern: likePattern(filter.search) },
      );
    }
    qb.orderBy('s.starts_at', 'ASC').addOrderBy('s.id', 'ASC');
    const [rows, total] = await qb.offset(page.offset).limit(page.limit).getManyAndCount();
    return { items: rows.map(toSession), total };
  }

  async byId(regionId: string, id: string): Promise<Session> {
    return toSession(await findSession(this.db.manager, regionId, id));
  }

  async byIds(regionId: string, ids: readonly string[]): Promise<Session[]> {
    const rows = await this.db
      .getRepository(LearningSessionEntity)
      .createQueryBuilder('s')
      .where('s.region_id = :regionId AND s.id = ANY(:ids)', {
        regionId: requireRegionId(regionId),
        ids: ids.filter(isUuid),
      })
      .getMany();
    return rows.map(toSession);
  }

  /** The sessions of each activity, by start; for the per-request loader. */
  async sessionsOfActivities(regionId: string, activityIds: readonly string[]): Promise<Map<string, Session[]>> {
    const rows = await this.db
      .getRepository(LearningSessionEntity)
      .createQueryBuilder('s')
      .where('s.region_id = :regionId AND s.activity_id = ANY(:ids)', {
        regionId: requireRegionId(regionId),
        ids: activityIds.filter(isUuid),
      })
      .orderBy('s.starts_at')
      .addOrderBy('s.id')
      .getMany();
    const byActivity = new Map<string, Session[]>();
    for (const row of rows) {
      byActivity.set(row.activityId, [...(byActivity.get(row.activityId) ?? []), toSession(row)]);
    }
    return byActivity;
  }

  /**
   * Plans one session or a series of an activity, all or nothing. Every session is checked first
   * (problems reported per field as `sessions.<i>.<field>`); a double booking of a venue or a
   * facilitator, within the series or with a planned session, is a CONFLICT naming the clash.
   */
  async plan(viewer: Viewer, activityId: string, inputs: SessionInput[]): Promise<Session[]> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = requireRegionId(viewer.regionId);
    let booking: Booking | null = null;
    let ids: string[];
    try {
      ids = await this.db.transaction(async (tx) => {
        const activity = await findActivity(tx, regionId, activityId, true);
        await checkSessions(tx, regionId, inputs, (i) => `sessions.${i}.`);
        checkSeriesClashes(inputs, activity.title);
        const seriesId = inputs.length > 1 ? randomUUID() : null;
        const saved: string[] = [];
        for (const [i, input] of inputs.entries()) {
          booking = toBooking(`sessions.${i}`, null, input);
          const [row] = await tx.query<{ id: string }[]>(
            `INSERT INTO sessions (region_id, activity_id, series_id, starts_at, ends_at, venue_id, online_url,
                                   host_municipality_id, capacity, registration_deadline, max_per_municipality,
                                   status, show_participant_names, evaluation_window_days)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
            [
              regionId,
              activity.id,
              seriesId,
              ...columnValues(input),
              input.status ?? 'DRAFT',
              input.showParticipantNames ?? false,
              input.evaluationWindowDays ?? EVALUATION_WINDOW_DAYS_DEFAULT,
            ],
          );
          await insertFacilitators(tx, row!.id, input.facilitatorIds ?? []);
          saved.push(row!.id);
        }
        return saved;
      });
    } catch (error) {
      throw await this.clashError(error, booking);
    }
    const sessions = new Map((await this.byIds(regionId, ids)).map((s) => [s.id, s]));
    return ids.map((id) => sessions.get(id)!);
  }

  /** Replaces every field and the facilitators; refused as STALE_VERSION when someone saved in between. */
  async update(viewer: Viewer, id: string, input: SessionInput, expectedVersion: number): Promise<Session> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = requireRegionId(viewer.regionId);
    let booking: Booking | null = null;
    try {
      await this.db.transaction(async (tx) => {
        const session = await findSession(tx, regionId, id, true);
        checkVersion(session, expectedVersion, 'session');
        if (session.status === 'CANCELLED') {
          throw new ConflictError('SESSION_CANCELLED', 'A cancelled session cannot be changed.');
        }
        await checkSessions(tx, regionId, [input], () => '');
        const windowDays = input.evaluationWindowDays ?? session.evaluationWindowDays;
        checkEvaluationWindow(session, input.endsAt, windowDays);
        booking = toBooking('', session.id, input);
        // Facilitators first, so one that is taken off the session cannot clash with its new time.
        await tx.query('DELETE FROM session_facilitators WHERE session_id = $1', [session.id]);
        await tx.query(
          `UPDATE sessions SET starts_at = $2, ends_at = $3, venue_id = $4, online_url = $5, host_municipality_id = $6,
                  capacity = $7, registration_deadline = $8, max_per_municipality = $9, status = $10,
                  show_participant_names = $11, evaluation_window_days = $12, version = version + 1
            WHERE id = $1`,
          [
            session.id,
            ...columnValues(input),
            input.status ?? session.status,
            input.showParticipantNames ?? session.showParticipantNames,
            windowDays,
          ],
        );
        await insertFacilitators(tx, session.id, input.facilitatorIds ?? []);
        // Seats, waitlist promotions, OPEN/FULL and SESSION_CHANGED events, in this transaction.
        await afterSessionUpdated(tx, session);
      });
    } catch (error) {
      throw await this.clashError(error, booking);
    }
    return this.byId(regionId, id);
  }

  /** Cancels a session; it stays (calendars show it as cancelled) and frees its venue and facilitators. */
  async cancel(viewer: Viewer, id: string, expectedVersion: number): Promise<Session> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = requireRegionId(viewer.regionId);
    await this.db.transaction(async (tx) => {
      const session = await findSession(tx, regionId, id, true);
      checkVersion(session, expectedVersion, 'session');
      if (session.status === 'CANCELLED' || session.status === 'COMPLETED') {
        throw new ConflictError(
          `SESSION_${session.status}`,
          `This session is ${session.status.toLowerCase()} already.`,
        );
      }
      await tx.query(`UPDATE sessions SET status = 'CANCELLED', version = version + 1 WHERE id = $1`, [session.id]);
      await afterSessionCancelled(tx, session.id, viewer.userId);
    });
    return this.byId(regionId, id);
  }

  /**
   * Sessions (not cancelled) overlapping the given time whose activity shares a target audience with
   * the activity being planned: a warning for the planning form, not an error.
   */
  async overlapping(regionId: string, query: OverlapQuery): Promise<SessionOverlap[]> {
    const activity = await findActivity(this.db.manager, requireRegionId(regionId), query.activityId);
    if (query.endsAt <= query.startsAt) {
      throw new BadInputError('The session must end after it starts.', [
        { field: 'endsAt', reason: 'ENDS_BEFORE_START' },
      ]);
    }
    const { entities, raw } = await this.db
      .getRepository(LearningSessionEntity)
      .createQueryBuilder('s')
      .innerJoin('learning_activities', 'a', 'a.id = s.activity_id')
      .addSelect(
        'ARRAY(SELECT unnest(a.target_audiences) INTERSECT SELECT unnest(CAST(:audiences AS text[])) ORDER BY 1)',
        'shared_audiences',
      )
      .where('s.region_id = :regionId', { regionId })
      .andWhere(`s.status <> 'CANCELLED'`)
      .andWhere('s.during && tstzrange(:startsAt, :endsAt)', { startsAt: query.startsAt, endsAt: query.endsAt })
      .andWhere('a.target_audiences && CAST(:audiences AS text[])', { audiences: activity.targetAudiences })
      .andWhere('s.id <> CAST(:excluded AS uuid)', {
        excluded: query.excludeSessionId ?? '00000000-0000-0000-0000-000000000000',
      })
      .orderBy('s.starts_at')
      .addOrderBy('s.id')
      .limit(50)
      .getRawAndEntities<{ shared_audiences: TargetAudience[] }>();
    return entities.map((entity, i) => ({ session: toSession(entity), sharedAudiences: raw[i]!.shared_audiences }));
  }

  /**
   * Turns an exclusion violation into a CONFLICT naming the session it clashes with, looked up
   * after the failed transaction rolled back (so nothing of the refused write is visible).
   */
  private async clashError(error: unknown, booking: Booking | null): Promise<unknown> {
    const venue = isExclusionViolation(error, VENUE_CLASH);
    if (!booking || (!venue && !isExclusionViolation(error, FACILITATOR_CLASH))) {
      return error;
    }
    const params = [booking.startsAt, booking.endsAt, booking.sessionId ?? '00000000-0000-0000-0000-000000000000'];
    const rows = await (venue
      ? this.db.query<ClashRow[]>(
          `SELECT s.id, a.title, s.starts_at, s.ends_at, NULL AS facilitator_id, NULL AS facilitator_name
             FROM sessions s JOIN learning_activities a ON a.id = s.activity_id
            WHERE s.venue_id = $4 AND s.status <> 'CANCELLED' AND s.during && tstzrange($1, $2) AND s.id <> $3
            ORDER BY s.starts_at LIMIT 1`,
          [...params, booking.venueId],
        )
      : this.db.query<ClashRow[]>(
          `SELECT s.id, a.title, s.starts_at, s.ends_at, f.id AS facilitator_id, f.name AS facilitator_name
             FROM session_facilitators sf JOIN sessions s ON s.id = sf.session_id
             JOIN learning_activities a ON a.id = s.activity_id JOIN facilitators f ON f.id = sf.facilitator_id
            WHERE sf.facilitator_id = ANY($4::uuid[]) AND NOT sf.cancelled AND sf.during && tstzrange($1, $2) AND s.id <> $3
            ORDER BY s.starts_at LIMIT 1`,
          [...params, booking.facilitatorIds],
        ));
    const [row] = rows;
    return clash(
      venue ? 'VENUE_CLASH' : 'FACILITATOR_CLASH',
      booking.field,
      row
        ? {
            sessionId: row.id,
            activityTitle: row.title,
            startsAt: row.starts_at.toISOString(),
            endsAt: row.ends_at.toISOString(),
            ...(row.facilitator_id ? { facilitatorId: row.facilitator_id, facilitatorName: row.facilitator_name } : {}),
          }
        : null,
    );
  }
}

function clash(
  reason: 'VENUE_CLASH' | 'FACILITATOR_CLASH',
  field: string,
  details: Record<string, unknown> | null,
): ConflictError {
  const what = reason === 'VENUE_CLASH' ? 'The venue' : 'A facilitator';
  const when = details
    ? ` by "${String(details.activityTitle)}" (${String(details.startsAt)} – ${String(details.endsAt)})`
    : '';
  return new ConflictError(reason, `${what} is already booked at this time${when}.`, { field, clash: details });
}

/** The session in the region, else NOT_FOUND (also for another region's id). */
export async function findSession(
  tx: EntityManager,
  regionId: string,
  id: string,
  forEdit = false,
): Promise<LearningSessionEntity> {
  const session = isUuid(id)
    ? await tx.getRepository(LearningSessionEntity).findOne({
        where: { id, regionId: requireRegionId(regionId) },
        ...(forEdit ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;
  if (!session) {
    throw new NotFoundError('Session');
  }
  return session;
}

/**
 * Evaluation results are released once, when the window closes: after that, neither a new end nor a
 * new window may move the close (it would reopen evaluations and release a second, differing result).
 */
function checkEvaluationWindow(session: LearningSessionEntity, endsAt: Date, windowDays: number): void {
  const closed = evaluationClosesAt(session).getTime() <= Date.now();
  if (
    closed &&
    evaluationClosesAt({ endsAt, evaluationWindowDays: windowDays }).getTime() !== evaluationClosesAt(session).getTime()
  ) {
    throw new ConflictError(
      'EVALUATION_RELEASED',
      'The evaluation window of this session has closed; its end and window stay as they are.',
    );
  }
}

const toBooking = (field: string, sessionId: string | null, input: SessionInput): Booking => ({
  field,
  sessionId,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  venueId: input.venueId ?? null,
  facilitatorIds: input.facilitatorIds ?? [],
});

/** starts_at … max_per_municipality, in the order of the INSERT and UPDATE statements. */
const columnValues = (input: SessionInput) => [
  input.startsAt,
  input.endsAt,
  input.venueId ?? null,
  input.onlineUrl?.trim() || null,
  input.hostMunicipalityId ?? null,
  input.capacity,
  input.registrationDeadline ?? input.startsAt,
  input.maxPerMunicipality ?? null,
];

async function insertFacilitators(tx: EntityManager, sessionId: string, facilitatorIds: string[]): Promise<void> {
  if (facilitatorIds.length) {
    // during and cancelled are copied from the session by a trigger.
    await tx.query(
      `INSERT INTO session_facilitators (session_id, facilitator_id, during, cancelled)
       SELECT $1, unnest($2::uuid[]), 'empty', false`,
      [sessionId, [...new Set(facilitatorIds)]],
    );
  }
}

/**
 * Everything the database would refuse less helpfully, checked for all sessions at once so the
 * planner sees every problem: times, deadline, place, seats, and ids outside the region.
 */
async function checkSessions(
  tx: EntityManager,
  regionId: string,
  inputs: SessionInput[],
  prefix: (i: number) => string,
) {
  const problems: FieldProblem[] = [];
  const venueIds = new Set(inputs.flatMap((s) => (s.venueId ? [s.venueId] : [])));
  const municipalityIds = new Set(inputs.flatMap((s) => (s.hostMunicipalityId ? [s.hostMunicipalityId] : [])));
  const facilitatorIds = new Set(inputs.flatMap((s) => s.facilitatorIds ?? []));
  const [known] = await tx.query<{ venues: string[]; municipalities: string[]; facilitators: string[] }[]>(
    `SELECT ARRAY(SELECT id FROM venues WHERE region_id = $1 AND id = ANY($2::uuid[])) AS venues,
            ARRAY(SELECT id FROM municipalities WHERE region_id = $1 AND id = ANY($3::uuid[])) AS municipalities,
            ARRAY(SELECT id FROM facilitators WHERE region_id = $1 AND id = ANY($4::uuid[])) AS facilitators`,
    [regionId, [...venueIds], [...municipalityIds], [...facilitatorIds]],
  );
  const venues = new Set(known!.venues);
  const municipalities = new Set(known!.municipalities);
  const facilitators = new Set(known!.facilitators);
  for (const [i, s] of inputs.entries()) {
    const at = (field: string, reason: ErrorReason) => problems.push({ field: `${prefix(i)}${field}`, reason });
    if (s.endsAt <= s.startsAt) {
      at('endsAt', 'ENDS_BEFORE_START');
    }
    if (s.registrationDeadline && s.registrationDeadline > s.startsAt) {
      at('registrationDeadline', 'DEADLINE_AFTER_START');
    }
    if (!s.venueId && !s.onlineUrl?.trim()) {
      at('venueId', 'PLACE_REQUIRED');
    }
    if (s.venueId && !venues.has(s.venueId)) {
      at('venueId', 'UNKNOWN_VENUE');
    }
    if (s.hostMunicipalityId && !municipalities.has(s.hostMunicipalityId)) {
      at('hostMunicipalityId', 'UNKNOWN_MUNICIPALITY');
    }
    if ((s.facilitatorIds ?? []).some((f) => !facilitators.has(f))) {
      at('facilitatorIds', 'UNKNOWN_FACILITATOR');
    }
    if (s.maxPerMunicipality && s.maxPerMunicipality > s.capacity) {
      at('maxPerMunicipality', 'EXCEEDS_CAPACITY');
    }
  }
  if (problems.length) {
    throw new BadInputError('Some fields are not valid.', problems);
  }
}

/** Two sessions of one series at the same venue or with the same facilitator at the same time. */
function checkSeriesClashes(inputs: SessionInput[], activityTitle: string): void {
  for (const [i, a] of inputs.entries()) {
    for (const [j, b] of inputs.entries()) {
      if (j >= i || !(a.startsAt < b.endsAt && b.startsAt < a.endsAt)) {
        continue;
      }
      const details = {
        sessionId: null,
        activityTitle,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        index: j,
      };
      if (a.venueId && a.venueId === b.venueId) {
        throw clash('VENUE_CLASH', `sessions.${i}`, details);
      }
      const shared = (a.facilitatorIds ?? []).find((f) => (b.facilitatorIds ?? []).includes(f));
      if (shared) {
        throw clash('FACILITATOR_CLASH', `sessions.${i}`, { ...details, facilitatorId: shared });
      }
    }
  }
}
