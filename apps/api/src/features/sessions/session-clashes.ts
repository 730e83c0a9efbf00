import type { EntityManager } from 'typeorm';
import type { TargetAudience } from '../activities/activity.entity';

/** A time being planned; sessions are half-open ranges, so back to back is no clash. */
export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

/** The first session a venue or facilitator is already booked for, per planned range (by index). */
export interface BookedClash {
  index: number;
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  facilitator_id: string | null;
  facilitator_name: string | null;
}

const NO_SESSION = '00000000-0000-0000-0000-000000000000';
const RANGES = `unnest($1::timestamptz[], $2::timestamptz[]) WITH ORDINALITY AS r(starts_at, ends_at, idx)`;
const rangeParams = (ranges: TimeRange[], excludeSessionId: string | null) => [
  ranges.map((r) => r.startsAt),
  ranges.map((r) => r.endsAt),
  excludeSessionId ?? NO_SESSION,
];

/**
 * What the exclusion constraint `sessions_venue_no_overlap` would refuse: per range, the first
 * session (not cancelled) at the venue in that time. One statement for any number of ranges.
 */
export async function venueClashes(
  db: EntityManager,
  ranges: TimeRange[],
  venueId: string,
  excludeSessionId: string | null,
): Promise<BookedClash[]> {
  return db.query<BookedClash[]>(
    `SELECT DISTINCT ON (r.idx) (r.idx - 1)::int AS index, s.id, a.title, s.starts_at, s.ends_at,
            NULL AS facilitator_id, NULL AS facilitator_name
       FROM ${RANGES}
       JOIN sessions s ON s.venue_id = $4 AND s.status <> 'CANCELLED' AND s.during && tstzrange(r.starts_at, r.ends_at)
                      AND s.id <> $3
       JOIN learning_activities a ON a.id = s.activity_id
      ORDER BY r.idx, s.starts_at, s.id`,
    [...rangeParams(ranges, excludeSessionId), venueId],
  );
}

/** What `session_facilitators_no_overlap` would refuse: per range, the first booking of one of the facilitators. */
export async function facilitatorClashes(
  db: EntityManager,
  ranges: TimeRange[],
  facilitatorIds: string[],
  excludeSessionId: string | null,
): Promise<BookedClash[]> {
  return db.query<BookedClash[]>(
    `SELECT DISTINCT ON (r.idx) (r.idx - 1)::int AS index, s.id, a.title, s.starts_at, s.ends_at,
            f.id AS facilitator_id, f.name AS facilitator_name
       FROM ${RANGES}
       JOIN session_facilitators sf ON sf.facilitator_id = ANY($4::uuid[]) AND NOT sf.cancelled
                                   AND sf.during && tstzrange(r.starts_at, r.ends_at) AND sf.session_id <> $3
       JOIN sessions s ON s.id = sf.session_id
       JOIN learning_activities a ON a.id = s.activity_id
       JOIN facilitators f ON f.id = sf.facilitator_id
      ORDER BY r.idx, s.starts_at, s.id`,
    [...rangeParams(ranges, excludeSessionId), facilitatorIds],
  );
}

/** A session (not cancelled) of the region at the same time as a range, for a shared target audience. */
export interface AudienceOverlapRow {
  index: number;
  id: string;
  shared_audiences: TargetAudience[];
}

/** At most this many overlaps per range: a warning, not a report. */
export const OVERLAPS_PER_RANGE = 50;

/** Per range, the sessions an audience would have to choose between: a warning while planning, never a refusal. */
export async function audienceOverlaps(
  db: EntityManager,
  regionId: string,
  audiences: readonly TargetAudience[],
  ranges: TimeRange[],
  excludeSessionId: string | null,
): Promise<AudienceOverlapRow[]> {
  if (audiences.length === 0 || ranges.length === 0) {
    return [];
  }
  return db.query<AudienceOverlapRow[]>(
    `SELECT (r.idx - 1)::int AS index, o.id, o.shared_audiences
       FROM ${RANGES}
       CROSS JOIN LATERAL (
         SELECT s.id, s.starts_at,
                ARRAY(SELECT unnest(a.target_audiences) INTERSECT SELECT unnest($5::text[]) ORDER BY 1) AS shared_audiences
           FROM sessions s JOIN learning_activities a ON a.id = s.activity_id
          WHERE s.region_id = $4 AND s.status <> 'CANCELLED' AND s.during && tstzrange(r.starts_at, r.ends_at)
            AND a.target_audiences && $5::text[] AND s.id <> $3
          ORDER BY s.starts_at, s.id
          LIMIT ${OVERLAPS_PER_RANGE}
       ) o
      ORDER BY r.idx, o.starts_at, o.id`,
    [...rangeParams(ranges, excludeSessionId), regionId, audiences],
  );
}
