import { can } from '../../access/policy';
import { Permission } from '../../access/permissions';
import { GLOSSARY, MUNICIPAL_ROLES } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { spreadsheetCsv } from '../../common/csv';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { PageInput } from '../../common/paging';
import { requireRegionId } from '../../common/region-scope';
import { enqueueNotifications } from '../notifications/outbox';
import type { LearningSessionEntity } from '../sessions/session.entity';
import { findSession } from '../sessions/session.service';
import type {
  AttendanceInput,
  MunicipalityRegistrations,
  MyRegistrationsFilter,
  Registration,
  RegistrationPage,
  RegistrationStatus,
  SessionParticipant,
  SessionSeats,
} from './registration.types';
import { promoteWaitlisted, syncFullStatus } from './seats';

interface RegistrationRow extends Omit<Registration, 'participant' | 'registeredBy'> {
  userId: string;
  userName: string;
  userEmail: string;
  registeredById: string;
  registeredByName: string;
  registeredByEmail: string;
}

const SELECT_REGISTRATIONS = `
  SELECT r.id, r.status, r.attended, r.created_at AS "createdAt", r.cancelled_at AS "cancelledAt",
         r.session_id AS "sessionId", r.municipality_id AS "municipalityId",
         u.id AS "userId", u.name AS "userName", u.email AS "userEmail",
         rb.id AS "registeredById", rb.name AS "registeredByName", rb.email AS "registeredByEmail",
         CASE WHEN r.status = 'WAITLISTED' THEN
           (SELECT count(*)::int FROM registrations w WHERE w.session_id = r.session_id AND w.status = 'WAITLISTED' AND w.arrival <= r.arrival)
         END AS "waitlistPosition",
         EXISTS (SELECT 1 FROM evaluations e WHERE e.session_id = r.session_id AND e.user_id = r.user_id) AS evaluated,
         s.starts_at AS "sessionStartsAt", s.ends_at AS "sessionEndsAt", s.status AS "sessionStatus",
         s.ends_at + s.evaluation_window_days * interval '24 hours' AS "sessionEvaluationClosesAt"
    FROM registrations r
    JOIN sessions s ON s.id = r.session_id
    JOIN users u ON u.id = r.user_id
    JOIN users rb ON rb.id = r.registered_by`;

/** The columns of SessionSeats, aggregated over the active (not cancelled) registrations of a session. */
const SEAT_COUNTS = `count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
  count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
  CASE WHEN bool_or(attended IS NOT NULL) THEN count(*) FILTER (WHERE attended)::int END AS attended`;

/**
 * The seat counts (SessionSeats) of the session `sessionId` (an SQL expression) as one JSON value,
 * also without registrations, for lists that read their sessions' seats with the page.
 */
export const seatCountsJson = (sessionId: string) =>
  `(SELECT to_json(c) FROM (SELECT ${SEAT_COUNTS} FROM registrations
                             WHERE session_id = ${sessionId} AND status <> 'CANCELLED') c)`;

/**
 * The active registration of `userId` (a parameter) for the session `sessionId` (an SQL
 * expression) as one JSON value or null (see registrationFromJson). Only the viewer's own: the
 * user is part of the SQL, nobody else's row is read.
 */
export const activeRegistrationJson = (sessionId: string, userId: string) =>
  `(SELECT to_json(own) FROM (${SELECT_REGISTRATIONS}
     WHERE r.session_id = ${sessionId} AND r.user_id = ${userId} AND r.status <> 'CANCELLED') own)`;

/** A registration read as JSON by activeRegistrationJson: its timestamps come back as strings. */
export const registrationFromJson = (row: RegistrationJson): Registration =>
  toRegistration({
    ...row,
    createdAt: new Date(row.createdAt),
    cancelledAt: row.cancelledAt === null ? null : new Date(row.cancelledAt),
    sessionStartsAt: new Date(row.sessionStartsAt),
    sessionEndsAt: new Date(row.sessionEndsAt),
    sessionEvaluationClosesAt: new Date(row.sessionEvaluationClosesAt),
  });

export type RegistrationJson = Omit<
  RegistrationRow,
  'createdAt' | 'cancelledAt' | 'sessionStartsAt' | 'sessionEndsAt' | 'sessionEvaluationClosesAt'
> & {
  createdAt: string;
  cancelledAt: string | null;
  sessionStartsAt: string;
  sessionEndsAt: string;
  sessionEvaluationClosesAt: string;
};

/** Confirmed first, then the waitlist in order of arrival, then cancelled; by name within each. */
const REGISTRATION_ORDER = `array_position(ARRAY['CONFIRMED','WAITLISTED','CANCELLED'], r.status),
  CASE WHEN r.status = 'WAITLISTED' THEN r.arrival END, lower(u.name), r.id`;

const toRegistration = ({
  userId,
  userName,
  userEmail,
  registeredById,
  registeredByName,
  registeredByEmail,
  ...row
}: RegistrationRow): Registration => ({
  ...row,
  participant: { id: userId, name: userName, email: userEmail },
  registeredBy: { id: registeredById, name: registeredByName, email: registeredByEmail },
});

export const ATTENDANCE_MAX = 1000;

/** The municipality a coordinator acts for; refuses an empty one rather than run unscoped. */
function requireMunicipalityId(viewer: Viewer): string {
  if (!viewer.municipalityId) {
    throw new Error('Municipality scope missing: refusing to run an unscoped query.');
  }
  return viewer.municipalityId;
}

const CSV_TEXTS = {
  nl: {
    header: ['Naam', 'E-mail', 'Gemeente', 'Status', 'Aanwezig'],

    yes: 'ja',
    no: 'nee',
  },
  en: {
    header: ['Name', 'E-mail', 'Municipality', 'Status', 'Attended'],

    yes: 'yes',
    no: 'no',
  },
} as const;

/**
 * Registrations for sessions. Capacity holds under concurrency because every change of seats
 * locks the session row first: registrations queue on the lock, and the waitlist order is the
 * order in which they got it (`arrival`, drawn under the lock).
 */
export class RegistrationService {
  constructor(private readonly db: DataSource) {}

  /** Registers the viewer, or (coordinators) a colleague of their municipality; CONFIRMED when a seat fits, else WAITLISTED. */
  async register(viewer: Viewer, sessionId: string, userId = viewer.userId): Promise<Registration> {
    const regionId = requireRegionId(viewer.regionId);
    const id = await this.db.transaction(async (tx) => {
      const registrant = await findRegistrant(tx, viewer, userId);
      const session = await findSession(tx, regionId, sessionId, true);
      checkRegistrationOpen(session);
      const [counts] = await tx.query<
        { confirmed: number; confirmed_here: number; waitlisted: number; existing: string | null }[]
      >(
        `SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
                count(*) FILTER (WHERE status = 'CONFIRMED' AND municipality_id = $2)::int AS confirmed_here,
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
                (array_agg(id) FILTER (WHERE status <> 'CANCELLED' AND user_id = $3))[1] AS existing
           FROM registrations WHERE session_id = $1`,
        [session.id, registrant.municipalityId, registrant.id],
      );
      if (counts!.existing) {
        throw new ConflictError('ALREADY_REGISTERED', 'Already registered for this session.', {
          registrationId: counts!.existing,
        });
      }
      const fits =
        counts!.confirmed < session.capacity && counts!.confirmed_here < (session.maxPerMunicipality ?? Infinity);
      const status: RegistrationStatus = fits ? 'CONFIRMED' : 'WAITLISTED';
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [session.id, registrant.id, registrant.municipalityId, status, viewer.userId],
      );
      const about = {
        sessionId: session.id,
        registrationId: row!.id,
        ...(registrant.id !== viewer.userId ? { registeredBy: viewer.userId } : {}),
      };
      await enqueueNotifications(tx, [
        fits
          ? { kind: 'REGISTERED', recipientUserId: registrant.id, payload: about }
          : {
              kind: 'WAITLISTED',
              recipientUserId: registrant.id,
              payload: { ...about, waitlistPosition: counts!.waitlisted + 1 },
            },
      ]);
      if (fits && counts!.confirmed + 1 >= session.capacity) {
        await syncFullStatus(tx, session.id);
      }
      return row!.id;
    });
    return this.byId(viewer, id);
  }

  /**
   * Cancels a registration: the registrant's own, a colleague's (coordinators, own municipality) or
   * any (programme staff). A freed seat goes to the waitlist; someone else's cancellation is told.
   */
  async cancel(viewer: Viewer, registrationId: string): Promise<Registration> {
    const regionId = requireRegionId(viewer.regionId);
    await this.db.transaction(async (tx) => {
      const found = await this.findInScope(tx, viewer, registrationId);
      const session = await findSession(tx, regionId, found.sessionId, true);
      // Re-read under the session lock: a concurrent cancellation may have won.
      const [current] = await tx.query<
        {
          status: RegistrationStatus;
          user_id: string;
        }[]
      >(`SELECT status, user_id FROM registrations WHERE id = $1`, [found.id]);
      if (current!.status === 'CANCELLED') {
        throw new ConflictError('ALREADY_CANCELLED', 'This registration is cancelled already.');
      }
      if (session.startsAt.getTime() <= Date.now() || session.status === 'COMPLETED') {
        throw new ConflictError('SESSION_STARTED', 'A registration cannot be cancelled once the session has started.');
      }
      await tx.query(
        `UPDATE registrations SET status = 'CANCELLED', cancelled_at = now(), cancelled_by = $2, attended = NULL WHERE id = $1`,
        [found.id, viewer.userId],
      );
      if (current!.user_id !== viewer.userId) {
        await enqueueNotifications(tx, [
          {
            kind: 'CANCELLED_BY_STAFF',
            recipientUserId: current!.user_id,
            payload: {
              sessionId: session.id,
              cause: 'REGISTRATION_CANCELLED',
              registrationId: found.id,
              cancelledBy: viewer.userId,
            },
          },
        ]);
      }
      if (current!.status === 'CONFIRMED') {
        await promoteWaitlisted(tx, session);
        await syncFullStatus(tx, session.id);
      }
    });
    return this.byId(viewer, registrationId);
  }

  async mine(viewer: Viewer, filter: MyRegistrationsFilter, page: PageInput): Promise<RegistrationPage> {
    const upcoming = filter.period === 'UPCOMING';
    const rows = await this.db.query<(RegistrationRow & { total: number })[]>(
      `${SELECT_REGISTRATIONS.replace('SELECT', 'SELECT count(*) OVER ()::int AS total,')}
        WHERE s.region_id = $1 AND r.user_id = $2 AND ($3 OR r.status <> 'CANCELLED')
          AND ${upcoming ? 's.ends_at > now()' : 's.ends_at <= now()'}
        ORDER BY s.starts_at ${upcoming ? 'ASC' : 'DESC'}, r.arrival DESC
        OFFSET $4 LIMIT $5`,
      [requireRegionId(viewer.regionId), viewer.userId, filter.includeCancelled, page.offset, page.limit],
    );
    const total = rows[0]?.total ?? (page.offset > 0 ? await this.countMine(viewer, filter) : 0);
    return { items: rows.map(({ total: _total, ...row }) => toRegistration(row)), total };
  }

  private async countMine(viewer: Viewer, filter: MyRegistrationsFilter): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM registrations r JOIN sessions s ON s.id = r.session_id
        WHERE s.region_id = $1 AND r.user_id = $2 AND ($3 OR r.status <> 'CANCELLED')
          AND ${filter.period === 'UPCOMING' ? 's.ends_at > now()' : 's.ends_at <= now()'}`,
      [requireRegionId(viewer.regionId), viewer.userId, filter.includeCancelled],
    );
    return row!.n;
  }

  /** A registration the viewer may see, else NOT_FOUND. */
  async byId(viewer: Viewer, id: string): Promise<Registration> {
    return toRegistration(await this.findInScope(this.db.manager, viewer, id));
  }

  /** A session's registrations: all for programme staff, their own municipality's for coordinators. */
  async ofSession(viewer: Viewer, sessionId: string): Promise<Registration[]> {
    const session = await findSession(this.db.manager, requireRegionId(viewer.regionId), sessionId);
    const staff = can(viewer, Permission.REGISTRATION_READ);
    const rows = await this.db.query<RegistrationRow[]>(
      `${SELECT_REGISTRATIONS} WHERE r.session_id = $1 AND ($2 OR r.municipality_id = $3) ORDER BY ${REGISTRATION_ORDER}`,
      [session.id, staff, staff ? null : requireMunicipalityId(viewer)],
    );
    return rows.map(toRegistration);
  }

  /** Counts per municipality, for programme staff. */
  async byMunicipality(viewer: Viewer, sessionId: string): Promise<MunicipalityRegistrations[]> {
    const session = await findSession(this.db.manager, requireRegionId(viewer.regionId), sessionId);
    const rows = await this.db.query<
      {
        id: string;
        code: string;
        name: string;
        confirmed: number;
        waitlisted: number;
        cancelled: number;
        attended: number;
      }[]
    >(
      `SELECT m.id, m.cbs_code AS code, m.name,
              count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
              count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted,
              count(*) FILTER (WHERE r.status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE r.attended)::int AS attended
         FROM registrations r JOIN municipalities m ON m.id = r.municipality_id
        WHERE r.session_id = $1
        GROUP BY m.id ORDER BY m.name`,
      [session.id],
    );
    return rows.map(({ id, code, name, ...counts }) => ({ municipality: { id, code, name }, ...counts }));
  }

  /** Attendance of confirmed registrations, recorded by programme staff once the session has started. */
  async recordAttendance(viewer: Viewer, sessionId: string, attendance: AttendanceInput[]): Promise<Registration[]> {
    const regionId = requireRegionId(viewer.regionId);
    if (!attendance.length || attendance.length > ATTENDANCE_MAX) {
      throw new BadInputError(`Between 1 and ${ATTENDANCE_MAX} registrations at once.`, [
        { field: 'attendance', reason: 'SIZE' },
      ]);
    }
    const ids = attendance.map((a) => a.registrationId);
    await this.db.transaction(async (tx) => {
      const session = await findSession(tx, regionId, sessionId);
      if (session.status === 'CANCELLED') {
        throw new ConflictError('SESSION_CANCELLED', 'This session was cancelled.');
      }
      if (session.startsAt.getTime() > Date.now()) {
        throw new ConflictError('SESSION_NOT_STARTED', 'Attendance is recorded once the session has started.');
      }
      const statuses = new Map(
        (
          await tx.query<
            {
              id: string;
              status: RegistrationStatus;
            }[]
          >(`SELECT id, status FROM registrations WHERE session_id = $1 AND id = ANY($2::uuid[])`, [session.id, ids])
        ).map((r) => [r.id, r.status]),
      );
      const problems: FieldProblem[] = [];
      attendance.forEach((a, i) => {
        const status = statuses.get(a.registrationId);
        const reason =
          ids.indexOf(a.registrationId) !== i
            ? 'DUPLICATE'
            : !status
              ? 'UNKNOWN_REGISTRATION'
              : status !== 'CONFIRMED'
                ? 'NOT_CONFIRMED'
                : null;
        if (reason) {
          problems.push({ field: `attendance.${i}.registrationId`, reason });
        }
      });
      if (problems.length) {
        throw new BadInputError('Some registrations cannot be marked.', problems);
      }
      await tx.query(
        `UPDATE registrations r SET attended = v.attended FROM unnest($1::uuid[], $2::boolean[]) AS v(id, attended) WHERE r.id = v.id`,
        [ids, attendance.map((a) => a.attended ?? null)],
      );
    });
    const rows = await this.db.query<RegistrationRow[]>(
      `${SELECT_REGISTRATIONS} WHERE r.id = ANY($1::uuid[]) ORDER BY ${REGISTRATION_ORDER}`,
      [ids],
    );
    return rows.map(toRegistration);
  }

  /**
   * The participant list (confirmed, then the waitlist) as CSV for spreadsheets: semicolons, UTF-8
   * with a byte-order mark, CRLF, and cells that a spreadsheet would run as a formula defused with
   * a leading apostrophe.
   */
  async participantListCsv(viewer: Viewer, sessionId: string): Promise<string> {
    const session = await findSession(this.db.manager, requireRegionId(viewer.regionId), sessionId);
    const rows = await this.db.query<
      { name: string; email: string; municipality: string; status: RegistrationStatus; attended: boolean | null }[]
    >(
      `SELECT u.name, u.email, m.name AS municipality, r.status, r.attended
         FROM registrations r JOIN users u ON u.id = r.user_id JOIN municipalities m ON m.id = r.municipality_id
        WHERE r.session_id = $1 AND r.status <> 'CANCELLED'
        ORDER BY ${REGISTRATION_ORDER}`,
      [session.id],
    );
    const texts = CSV_TEXTS[viewer.locale];
    const data = rows.map((r) => [
      r.name,
      r.email,
      r.municipality,
      GLOSSARY.registrationStatus[r.status][viewer.locale],
      r.attended === null ? '' : r.attended ? texts.yes : texts.no,
    ]);
    return spreadsheetCsv(texts.header, data);
  }

  /** Confirmed, waitlisted and attended counts per session, for the session list's seat fields. */
  async seatsOf(sessionIds: readonly string[]): Promise<Map<string, SessionSeats>> {
    const rows = await this.db.query<({ session_id: string } & SessionSeats)[]>(
      `SELECT session_id, ${SEAT_COUNTS}
         FROM registrations WHERE session_id = ANY($1::uuid[]) AND status <> 'CANCELLED' GROUP BY session_id`,
      [sessionIds.filter(isUuid)],
    );
    return new Map(rows.map(({ session_id, ...seats }) => [session_id, seats]));
  }

  /** The viewer's active registration per session. */
  async activeOfUser(viewer: Viewer, sessionIds: readonly string[]): Promise<Map<string, Registration>> {
    const rows = await this.db.query<RegistrationRow[]>(
      `${SELECT_REGISTRATIONS} WHERE s.region_id = $1 AND r.user_id = $2 AND r.session_id = ANY($3::uuid[]) AND r.status <> 'CANCELLED'`,
      [requireRegionId(viewer.regionId), viewer.userId, sessionIds.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.sessionId, toRegistration(row)]));
  }

  /** Confirmed participants' names per session, only of sessions that show them. */
  async participantsOf(sessionIds: readonly string[]): Promise<Map<string, SessionParticipant[]>> {
    const rows = await this.db.query<
      { session_id: string; name: string; id: string; code: string; municipality_name: string }[]
    >(
      `SELECT r.session_id, u.name, m.id, m.cbs_code AS code, m.name AS municipality_name
         FROM registrations r JOIN sessions s ON s.id = r.session_id
         JOIN users u ON u.id = r.user_id JOIN municipalities m ON m.id = r.municipality_id
        WHERE r.session_id = ANY($1::uuid[]) AND s.show_participant_names AND r.status = 'CONFIRMED'
        ORDER BY lower(u.name), r.id`,
      [sessionIds.filter(isUuid)],
    );
    const bySession = new Map<string, SessionParticipant[]>();
    for (const row of rows) {
      const list = bySession.get(row.session_id) ?? [];
      list.push({ name: row.name, municipality: { id: row.id, code: row.code, name: row.municipality_name } });
      bySession.set(row.session_id, list);
    }
    return bySession;
  }

  /**
   * A registration the viewer may see: their own, their municipality's (coordinators), any of the
   * region (programme staff). Anything else is NOT_FOUND, like an id that does not exist.
   */
  private async findInScope(tx: EntityManager, viewer: Viewer, id: string): Promise<RegistrationRow> {
    const staff = can(viewer, Permission.REGISTRATION_READ);
    const coordinator = can(viewer, Permission.REGISTRATION_COLLEAGUES);
    const [row] = isUuid(id)
      ? await tx.query<RegistrationRow[]>(
          `${SELECT_REGISTRATIONS}
            WHERE r.id = $1 AND s.region_id = $2
              AND ($3 OR r.user_id = $4 OR ($5 AND r.municipality_id = $6))`,
          [
            id,
            requireRegionId(viewer.regionId),
            staff,
            viewer.userId,
            coordinator,
            coordinator ? requireMunicipalityId(viewer) : null,
          ],
        )
      : [];
    if (!row) {
      throw new NotFoundError('Registration');
    }
    return row;
  }
}

/** Whether a session takes registrations now: open or full (waitlist), before the deadline. */
export function registrationOpen(session: Pick<LearningSessionEntity, 'status' | 'registrationDeadline'>): boolean {
  return (
    (session.status === 'OPEN' || session.status === 'FULL') && session.registrationDeadline.getTime() > Date.now()
  );
}

function checkRegistrationOpen(session: LearningSessionEntity): void {
  if (!registrationOpen(session)) {
    throw new ConflictError(
      'REGISTRATION_CLOSED',
      'This session does not take registrations (closed, cancelled or past its deadline).',
      {
        sessionStatus: session.status,
      },
    );
  }
}

/**
 * Who is being registered: the viewer, or a colleague of a coordinator's own municipality. Anyone
 * else (another municipality, a non-municipal account, a disabled one) is NOT_FOUND.
 */
async function findRegistrant(
  tx: EntityManager,
  viewer: Viewer,
  userId: string,
): Promise<{ id: string; municipalityId: string }> {
  if (userId !== viewer.userId && !can(viewer, Permission.REGISTRATION_COLLEAGUES)) {
    throw new NotFoundError('User');
  }
  const [row] = isUuid(userId)
    ? await tx.query<{ id: string; municipality_id: string }[]>(
        `SELECT id, municipality_id FROM users
          WHERE id = $1 AND region_id = $2 AND municipality_id = $3 AND disabled_at IS NULL AND role = ANY($4::text[])`,
        [userId, requireRegionId(viewer.regionId), requireMunicipalityId(viewer), [...MUNICIPAL_ROLES]],
      )
    : [];
  if (!row) {
    throw new NotFoundError('User');
  }
  return { id: row.id, municipalityId: row.municipality_id };
}
