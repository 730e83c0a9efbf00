import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { LearningAttendance, LearningAttendee, LearningKind, LearningLink } from './learning-link.types';

interface LinkRow {
  key: string;
  id: string;
  kind: LearningKind;
  target_id: string;
  title: string;
  activity_id: string | null;
  starts_at: Date | null;
  session_status: string | null;
  linked_at: Date;
  linked_by_id: string | null;
  linked_by_name: string | null;
  municipality_id: string;
  region_id: string;
}

interface AttendeeRow {
  key: string;
  user_id: string;
  name: string;
  starts_at: Date;
  status: string;
  attended: boolean | null;
}

/**
 * Per request: the learning links of the recommendations a request resolves (one query, row-level
 * security decides), and the own municipality's registrations and enrolments behind each link
 * (one query per kind of fact, for all links at once).
 */
export function createLearningLinkLoaders(db: DataSource, viewer: Viewer | null) {
  const inViewer = <T>(sql: string, params: unknown[]): Promise<T[]> =>
    viewer ? inViewerTransaction(db, viewer, (tx) => tx.query<T[]>(sql, params)) : Promise.resolve([]);

  return {
    learningLinks: new DataLoader<string, LearningLink[]>(async (ids) => {
      const rows = await inViewer<LinkRow>(
        `SELECT l.recommendation_id AS key, l.id,
                CASE WHEN l.activity_id IS NOT NULL THEN 'ACTIVITY' WHEN l.session_id IS NOT NULL THEN 'SESSION'
                     ELSE 'TRACK' END AS kind,
                coalesce(l.activity_id, l.session_id, l.track_id) AS target_id,
                coalesce(a.title, sa.title, t.title) AS title,
                coalesce(a.id, sa.id) AS activity_id,
                coalesce(s.starts_at, t.starts_on::timestamptz) AS starts_at,
                s.status AS session_status,
                l.created_at AS linked_at, u.id AS linked_by_id, u.name AS linked_by_name,
                l.municipality_id, l.region_id
           FROM recommendation_learning_links l
           LEFT JOIN learning_activities a ON a.id = l.activity_id
           LEFT JOIN sessions s ON s.id = l.session_id
           LEFT JOIN learning_activities sa ON sa.id = s.activity_id
           LEFT JOIN peer_tracks t ON t.id = l.track_id
           LEFT JOIN users u ON u.id = l.created_by
          WHERE l.recommendation_id = ANY($1)
          ORDER BY coalesce(s.starts_at, t.starts_on::timestamptz) DESC NULLS LAST, l.created_at, l.id`,
        [ids],
      );
      const groups = new Map<string, LearningLink[]>(ids.map((id) => [id, []]));
      for (const r of rows) {
        groups.get(r.key)?.push({
          id: r.id,
          kind: r.kind,
          targetId: r.target_id,
          title: r.title,
          activityId: r.activity_id,
          startsAt: r.starts_at,
          sessionStatus: r.session_status,
          linkedAt: r.linked_at,
          linkedBy: r.linked_by_id ? { id: r.linked_by_id, name: r.linked_by_name ?? '' } : null,
          municipalityId: r.municipality_id,
          regionId: r.region_id,
        });
      }
      return ids.map((id) => groups.get(id) ?? []);
    }),

    /**
     * Keyed by link id. The resolver asks only for links the viewer may see the colleagues' registrations of
     * (the own municipality's coordinators). Cancelled registrations do not count.
     */
    learningAttendance: new DataLoader<string, LearningAttendance>(async (linkIds) => {
      const [people, enrolments] = await Promise.all([
        inViewer<AttendeeRow>(
          `SELECT l.id AS key, u.id AS user_id, u.name, s.starts_at, r.status, r.attended
             FROM recommendation_learning_links l
             JOIN sessions s ON s.id = l.session_id OR s.activity_id = l.activity_id
             JOIN registrations r ON r.session_id = s.id AND r.municipality_id = l.municipality_id
                                 AND r.status <> 'CANCELLED'
             JOIN users u ON u.id = r.user_id
            WHERE l.id = ANY($1)
            ORDER BY s.starts_at DESC, lower(u.name), u.id`,
          [linkIds],
        ),
        // Row-level security shows an enrolment to its own coordinators and programme staff only.
        inViewer<{ key: string; enrolled: boolean }>(
          `SELECT l.id AS key, (e.id IS NOT NULL AND e.withdrawn_at IS NULL) AS enrolled
             FROM recommendation_learning_links l
             LEFT JOIN peer_enrolments e ON e.track_id = l.track_id AND e.municipality_id = l.municipality_id
            WHERE l.id = ANY($1) AND l.track_id IS NOT NULL`,
          [linkIds],
        ),
      ]);
      const enrolled = new Map(enrolments.map((e) => [e.key, e.enrolled]));
      return linkIds.map((id) => {
        const mine: LearningAttendee[] = people
          .filter((p) => p.key === id)
          .map((p) => ({
            person: { id: p.user_id, name: p.name },
            sessionStartsAt: p.starts_at,
            status: p.status,
            attended: p.attended,
          }));
        return {
          registered: mine.length,
          attended: mine.filter((p) => p.attended === true).length,
          people: mine,
          enrolled: enrolled.get(id) ?? null,
        };
      });
    }),
  };
}
