import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { PageInput } from '../../common/paging';
import { requireRegionId } from '../../common/region-scope';
import type { Loaders } from '../../loaders';
import { activityJson, likePattern } from '../activities/activity.service';
import type { LearningActivity } from '../activities/activity.types';
import type { Municipality } from '../regions/region.types';
import {
  activeRegistrationJson,
  registrationFromJson,
  seatCountsJson,
  type RegistrationJson,
} from '../registrations/registration.service';
import type { Registration, SessionSeats } from '../registrations/registration.types';
import { themeJson } from '../themes/theme.service';
import type { Theme } from '../themes/theme.types';
import type { LearningSessionEntity } from './session.entity';
import { toSession } from './session.service';
import type { Session, SessionFilter, SessionPage, Venue } from './session.types';

/** What every row of a session list shows besides the session, read with the page. */
export interface ListedRelations {
  activity: LearningActivity;
  themes: Theme[];
  venue: Venue | null;
  hostMunicipality: Municipality | null;
  seats: SessionSeats;
  viewerRegistration: Registration | null;
}

/** A value read with the list, else the loader's promise: plain values keep graphql-js from waiting a tick. */
export function listedOr<T>(
  session: Session,
  pick: (listed: ListedRelations) => T,
  load: () => Promise<T>,
): T | Promise<T> {
  return session.listed ? pick(session.listed) : load();
}

/** Positional parameters for hand-written SQL: `add` returns the placeholder of a value. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The WHERE clause of the list over `sessions s`: the region always, then the filter. */
function listWhere(regionId: string, filter: SessionFilter, params: Params): string {
  const where = [`s.region_id = ${params.add(requireRegionId(regionId))}`];
  if (filter.from) {
    where.push(`s.ends_at > ${params.add(filter.from)}`);
  }
  if (filter.to) {
    where.push(`s.starts_at < ${params.add(filter.to)}`);
  }
  if (filter.activityId) {
    where.push(`s.activity_id = ${params.add(filter.activityId)}`);
  }
  if (filter.hostMunicipalityId) {
    where.push(`s.host_municipality_id = ${params.add(filter.hostMunicipalityId)}`);
  }
  if (filter.status) {
    where.push(`s.status = ${params.add(filter.status)}`);
  }
  if (filter.themeId) {
    where.push(
      `EXISTS (SELECT 1 FROM activity_themes at WHERE at.activity_id = s.activity_id AND at.theme_id = ${params.add(filter.themeId)})`,
    );
  }
  if (filter.format || filter.programmeId) {
    const activity = [
      ...(filter.format ? [`a.format = ${params.add(filter.format)}`] : []),
      ...(filter.programmeId ? [`a.programme_id = ${params.add(filter.programmeId)}`] : []),
    ];
    where.push(`EXISTS (SELECT 1 FROM learning_activities a WHERE a.id = s.activity_id AND ${activity.join(' AND ')})`);
  }
  if (filter.search?.trim()) {
    const pattern = params.add(likePattern(filter.search));
    where.push(
      `(EXISTS (SELECT 1 FROM learning_activities a WHERE a.id = s.activity_id
                 AND (lower(a.title) LIKE ${pattern} OR lower(a.description) LIKE ${pattern}))
        OR EXISTS (SELECT 1 FROM venues v WHERE v.id = s.venue_id AND lower(v.name) LIKE ${pattern}))`,
    );
  }
  return where.join(' AND ');
}

/**
 * One statement for a page of the list: the total, the page, and per session its activity,
 * themes, venue, host municipality, seat counts and the viewer's own registration. The total is
 * a count of its own and the page's ids stop at offset + limit in index order, both from the
 * index alone (`sessions_region_list_idx`, migration SessionListIndexes), instead of carrying
 * every matching row through a window count; only the page's rows are then read. The outer row
 * keeps the total when the page is past the end. Activities, venues, municipalities and the
 * themes of the page's activities are joined once for the page (looked up per row, the small
 * tables were scanned once per row); seats and the viewer's registration are index lookups per row.
 */
function listSql(viewer: Viewer, filter: SessionFilter, page: PageInput): { sql: string; params: unknown[] } {
  const params = new Params();
  const where = listWhere(viewer.regionId, filter, params);
  const sql = `
    WITH page AS (
      SELECT s.id, s.region_id AS "regionId", s.activity_id AS "activityId", s.series_id AS "seriesId",
             s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.venue_id AS "venueId", s.online_url AS "onlineUrl",
             s.host_municipality_id AS "hostMunicipalityId", s.capacity,
             s.registration_deadline AS "registrationDeadline", s.max_per_municipality AS "maxPerMunicipality",
             s.status, s.show_participant_names AS "showParticipantNames",
             s.evaluation_window_days AS "evaluationWindowDays", s.version, s.sequence,
             s.created_at AS "createdAt", s.updated_at AS "updatedAt"
        FROM sessions s
       WHERE s.id IN (SELECT s.id FROM sessions s WHERE ${where}
                       ORDER BY s.starts_at, s.id OFFSET ${params.add(page.offset)} LIMIT ${params.add(page.limit)})),
    page_themes AS (
      SELECT at.activity_id,
             json_agg(${themeJson('t')} ORDER BY lower(t.title), t.id) AS themes
        FROM activity_themes at JOIN themes t ON t.id = at.theme_id
       WHERE at.activity_id IN (SELECT "activityId" FROM page)
       GROUP BY at.activity_id)
    SELECT n.total, p.*,
           ${activityJson('a')} AS activity,
           pt.themes,
           CASE WHEN v.id IS NOT NULL THEN json_build_object('id', v.id, 'name', v.name, 'address', v.address, 'room', v.room) END AS venue,
           CASE WHEN m.id IS NOT NULL THEN json_build_object('id', m.id, 'code', m.cbs_code, 'name', m.name) END AS "hostMunicipality",
           ${seatCountsJson('p.id')} AS seats,
           ${activeRegistrationJson('p.id', params.add(viewer.userId))} AS registration
      FROM (SELECT count(*)::int AS total FROM sessions s WHERE ${where}) n
      LEFT JOIN page p ON true
      LEFT JOIN learning_activities a ON a.id = p."activityId"
      LEFT JOIN venues v ON v.id = p."venueId"
      LEFT JOIN municipalities m ON m.id = p."hostMunicipalityId"
      LEFT JOIN page_themes pt ON pt.activity_id = p."activityId"
     ORDER BY p."startsAt", p.id`;
  return { sql, params: params.values };
}

type WithDates<T extends { createdAt: Date; updatedAt: Date }> = Omit<T, 'createdAt' | 'updatedAt'> & {
  createdAt: string;
  updatedAt: string;
};

/** JSON carries timestamps as strings. */
const withDates = <T extends { createdAt: Date; updatedAt: Date }>(json: WithDates<T>): T =>
  ({ ...json, createdAt: new Date(json.createdAt), updatedAt: new Date(json.updatedAt) }) as T;

/** A row of listSql: the session's columns, then its relations as JSON. */
type ListRow = LearningSessionEntity & {
  total: number;
  activity: WithDates<LearningActivity>;
  themes: WithDates<Theme>[] | null;
  venue: Venue | null;
  hostMunicipality: Municipality | null;
  seats: SessionSeats;
  registration: RegistrationJson | null;
};

/**
 * A page of the viewer's region's sessions with what every row shows, in one statement. It runs
 * in the viewer's transaction because it reads the viewer's own registrations.
 */
export async function listSessions(
  db: DataSource,
  viewer: Viewer,
  filter: SessionFilter,
  page: PageInput,
): Promise<SessionPage> {
  const { sql, params } = listSql(viewer, filter, page);
  const raw = await inViewerTransaction(db, viewer, (tx) => tx.query<ListRow[]>(sql, params));
  // Past the end, the one row carries only the total.
  const items = raw
    .filter((row) => row.id !== null)
    .map((row) =>
      Object.assign(toSession(row), {
        listed: {
          activity: withDates(row.activity),
          themes: (row.themes ?? []).map((theme) => withDates(theme)),
          venue: row.venue,
          hostMunicipality: row.hostMunicipality,
          seats: row.seats,
          viewerRegistration: row.registration ? registrationFromJson(row.registration) : null,
        },
      }),
    );
  return { items, total: raw[0]?.total ?? 0 };
}

/**
 * Hands what the list read to the request's loaders that other resolvers reach from a listed row
 * (a registration's session and municipality, an activity's themes), so they query nothing. The
 * list's own fields read `session.listed` (listedOr) and need no loader.
 */
export function primeSessionList(loaders: Loaders, page: SessionPage): void {
  for (const session of page.items) {
    const listed = session.listed!;
    loaders.session.prime(session.id, session);
    loaders.activityThemes.prime(session.activityId, listed.themes);
    if (listed.hostMunicipality) {
      loaders.municipality.prime(listed.hostMunicipality.id, listed.hostMunicipality);
    }
  }
}
