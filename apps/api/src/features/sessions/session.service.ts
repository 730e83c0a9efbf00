import { requirePermission } from '../../access/policy';
import { Permission } from '../../access/permissions';
import { randomUUID } from 'node:crypto';
import { EVALUATION_WINDOW_DAYS_DEFAULT } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { isExclusionViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PageInput } from '../../common/paging';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import { findActivity } from '../activities/activity.service';
import { afterSessionCancelled, afterSessionUpdated } from '../registrations/seats';
import { evaluationClosesAt, LearningSessionEntity, SESSION_TIME_ZONE } from './session.entity';
import {
  Session,
  type OverlapQuery,
  type SessionFilter,
  type SessionInput,
  type SessionOverlap,
  type SessionPage,
} from './session.types';
import { listSessions } from './session-list';
import { audienceOverlaps, facilitatorClashes, venueClashes, type TimeRange } from './session-clashes';
import { seriesSessions, withoutSkipped } from './session-series';
import { checkSeriesClashes, checkSessions, clash, seriesClashes } from './session-checks';
import type {
  PlanSessionSeriesInput,
  SeriesOccurrence,
  SessionClash,
  SessionSeriesInput,
} from './session-series.types';

/**
 * An instance of the GraphQL class, not a plain object: type-graphql hands a root that is not one
 * to every field resolver as a fresh copy (`convertToType`), which for a list page was a copy per
 * field resolver per row (eleven per session of the web's list).
 */
export const toSession = (s: LearningSessionEntity): Session =>
  Object.assign(new Session(), {
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
export class LearningSessionService {
  constructor(private readonly db: DataSource) {}

  /** A page of the viewer's region's sessions with what every row of the list shows; see session-list. */
  list(viewer: Viewer, filter: SessionFilter, page: PageInput): Promise<SessionPage> {
    return listSessions(this.db, viewer, filter, page);
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
  async plan(
    viewer: Viewer,
    activityId: string,
    inputs: SessionInput[],
    fieldOf: (i: number) => string = (i) => `sessions.${i}.`,
  ): Promise<Session[]> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = requireRegionId(viewer.regionId);
    let booking: Booking | null = null;
    let ids: string[];
    try {
      ids = await this.db.transaction(async (tx) => {
        const activity = await findActivity(tx, regionId, activityId, true);
        await checkSessions(tx, regionId, inputs, fieldOf);
        const [programme] = await tx.query<{ default_session_status: string }[]>(
          'SELECT default_session_status FROM programmes WHERE id = $1',
          [activity.programmeId],
        );
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
              input.status ?? programme!.default_session_status,
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
    const rows = await audienceOverlaps(
      this.db.manager,
      regionId,
      activity.targetAudiences,
      [query],
      query.excludeSessionId ?? null,
    );
    const sessions = new Map(
      (
        await this.byIds(
          regionId,
          rows.map((r) => r.id),
        )
      ).map((x) => [x.id, x]),
    );
    return rows.map((row) => ({ session: sessions.get(row.id)!, sharedAudiences: row.shared_audiences }));
  }

  /**
   * The sessions a repeat rule would plan, each with the double bookings saving would be refused for
   * (with planned sessions and within the series) and the same-audience overlaps to warn about.
   * Invalid input is refused as saving would refuse it. A fixed number of statements for any length.
   */
  async previewSeries(viewer: Viewer, activityId: string, series: SessionSeriesInput): Promise<SeriesOccurrence[]> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = requireRegionId(viewer.regionId);
    const db = this.db.manager;
    const activity = await findActivity(db, regionId, activityId);
    const sessions = seriesSessions(series);
    await checkSessions(
      db,
      regionId,
      sessions.map((s) => s.input),
      () => 'first.',
    );
    const ranges: TimeRange[] = sessions.map((s) => s.input);
    const { venueId, facilitatorIds } = series.first;
    const booked = [
      ...(venueId
        ? (await venueClashes(db, ranges, venueId, null)).map((row) => ({ row, reason: 'VENUE_CLASH' as const }))
        : []),
      ...(facilitatorIds?.length
        ? (await facilitatorClashes(db, ranges, facilitatorIds, null)).map((row) => ({
            row,
            reason: 'FACILITATOR_CLASH' as const,
          }))
        : []),
    ];
    const overlaps = await audienceOverlaps(db, regionId, activity.targetAudiences, ranges, null);
    const known = new Map(
      (await this.byIds(regionId, [...booked.map((b) => b.row.id), ...overlaps.map((o) => o.id)])).map((x) => [
        x.id,
        x,
      ]),
    );
    return sessions.map(({ date, input }, index) => ({
      date,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      registrationDeadline: input.registrationDeadline ?? input.startsAt,
      clashes: [
        ...booked
          .filter((b) => b.row.index === index)
          .map<SessionClash>(({ row, reason }) => ({
            reason,
            session: known.get(row.id)!,
            seriesDate: null,
            facilitatorName: row.facilitator_name,
          })),
        ...seriesClashes(sessions, index),
      ],
      overlaps: overlaps
        .filter((o) => o.index === index)
        .map((o) => ({ session: known.get(o.id)!, sharedAudiences: o.shared_audiences })),
    }));
  }

  /** Plans the series the preview showed, without the dates the planner dropped: all or nothing. */
  async planSeries(viewer: Viewer, activityId: string, series: PlanSessionSeriesInput): Promise<Session[]> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const kept = withoutSkipped(seriesSessions(series), series.skipDates);
    return this.plan(
      viewer,
      activityId,
      kept.map((s) => s.input),
      () => 'first.',
    );
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
    const range = [{ startsAt: booking.startsAt, endsAt: booking.endsAt }];
    const rows = await (venue
      ? venueClashes(this.db.manager, range, booking.venueId!, booking.sessionId)
      : facilitatorClashes(this.db.manager, range, booking.facilitatorIds, booking.sessionId));
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
